/**
 * Real exports (tests/fixtures/runs/README.md says where each came from and where each expected
 * figure was read), and a FIT made with Garmin's encoder. Distance within 1%, times to the second.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFile, type RunSummary } from '../../../../src/lib/run-import';
import { encodeFitRun, FIT_RUN } from '../../../support/fit-run';

const DIR = path.resolve(import.meta.dirname, '../../../fixtures/runs');

function parsed(name: string, timeZone = 'UTC'): RunSummary {
  const outcome = parseRunFile(name, fs.readFileSync(path.join(DIR, name)), timeZone);
  if (!outcome.ok) throw new Error(`${name} was refused: ${outcome.reason}`);
  return outcome.run;
}

function expectWithin1Percent(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01);
}

describe('real run files', () => {
  it('a Garmin Connect GPX: date, distance along the track, moving time without its two stops, pace', () => {
    const run = parsed('garmin-connect-run.gpx', 'Asia/Taipei');
    expect(run.startedAt).toBe('2015-01-20T13:26:30.000Z');
    expect(run.localDate).toBe('2015-01-20');
    expectWithin1Percent(run.distanceKm, 5.0747);
    expect(run.movingSec).toBe(2071);
    expect(run.elapsedSec).toBe(2250);
    expectWithin1Percent(run.paceSecPerKm, 408.1);
  });

  it('a Strava GPX: its Garmin heart-rate extension is read', () => {
    const run = parsed('strava-export.gpx', 'Europe/Paris');
    expect(run.startedAt).toBe('2018-05-14T14:54:21.000Z');
    expect(run.localDate).toBe('2018-05-14');
    expectWithin1Percent(run.distanceKm, 7.4678);
    expect(run.movingSec).toBe(7723);
    expect(run.elapsedSec).toBe(7723);
    expectWithin1Percent(run.paceSecPerKm, 1034.2);
    // (117 + 154 + 160) / 3 points
    expect(run.avgHr).toBe(144);
  });

  it('a Forerunner TCX: the lap summary is the device figure, even though the track was trimmed', () => {
    const run = parsed('forerunner305-run.tcx');
    expect(run.startedAt).toBe('2007-08-07T02:42:41.000Z');
    expect(run.localDate).toBe('2007-08-07');
    expectWithin1Percent(run.distanceKm, 8.3485);
    expect(run.movingSec).toBe(2325);
    expectWithin1Percent(run.paceSecPerKm, 278.5);
  });

  it('files the run on the runner’s own calendar day: 02:42 UTC is the evening before in California', () => {
    expect(parsed('forerunner305-run.tcx', 'America/Los_Angeles').localDate).toBe('2007-08-06');
  });

  it('a FIT made with the FIT SDK encoder: the session message’s figures, pause left out of moving time', () => {
    const outcome = parseRunFile('watch.FIT', encodeFitRun(), 'Europe/London');
    if (!outcome.ok) throw new Error(outcome.reason);
    const run = outcome.run;
    // Written into the session message by tests/support/fit-run.ts: 2 × 900 s at 3 m/s, a 120 s pause.
    expect(run.startedAt).toBe(FIT_RUN.start.toISOString());
    expect(run.localDate).toBe('2026-11-24');
    expectWithin1Percent(run.distanceKm, 5.4);
    expect(run.movingSec).toBe(1800);
    expect(run.elapsedSec).toBe(1920);
    expectWithin1Percent(run.paceSecPerKm, 333.3);
    expect(run.avgHr).toBe(148);
    expect(run.elevationGainM).toBe(37);
  });
});
