import { describe, expect, it } from 'vitest';
import { runWasSaved, savedRunCount } from '../../../../src/lib/run-import/outcomes';
import { planRunImport } from '../../../../src/lib/run-import/plan';
import { checkIn, runFile, runSummary, session } from '../../../support/history';

const run = runSummary;

const file = runFile;

describe('run import outcomes', () => {
  it('counts as imported exactly the runs that went into the diary', () => {
    let n = 0;
    const plan = planRunImport(
      [],
      [
        file('monday.fit', run('2026-11-23T07:00:00.000Z', 5)),
        file('wednesday.gpx', run('2026-11-25T07:00:00.000Z', 8)),
        file('monday-copy.fit', run('2026-11-23T07:00:00.000Z', 5)),
        { fileName: 'broken.tcx', outcome: { ok: false, reason: 'the file breaks off at line 812' } },
      ],
      new Date('2026-11-29T09:00:00Z'),
      () => `s${++n}`,
    );
    // Two new sessions in the history, so "2 of 4 files imported".
    expect(plan.sessions).toHaveLength(2);
    expect(savedRunCount(plan.files)).toBe(2);
    expect(plan.files.map((f) => [f.fileName, runWasSaved(f)])).toEqual([
      ['monday.fit', true],
      ['wednesday.gpx', true],
      ['monday-copy.fit', false],
      ['broken.tcx', false],
    ]);
  });

  it('counts a run that filled in that day’s check-in as imported, and one already there as not', () => {
    // Monday's check-in says "run" with no distance or time yet; Tuesday's already has this run's figures.
    const monday = session('2026-11-23', {
      startedAt: '2026-11-23T18:00:00.000Z',
      checkIn: checkIn({ distanceKm: null, durationSec: null }),
    });
    const tuesday = session('2026-11-24', {
      startedAt: '2026-11-24T18:00:00.000Z',
      checkIn: checkIn({ distanceKm: 6, durationSec: 2160 }),
    });
    const plan = planRunImport(
      [monday, tuesday],
      [file('monday.fit', run('2026-11-23T07:00:00.000Z', 5)), file('tuesday.fit', run('2026-11-24T07:00:00.000Z', 6))],
      new Date('2026-11-29T09:00:00Z'),
      () => 'new',
    );
    expect(plan.sessions.find((s) => s.id === monday.id)?.checkIn?.distanceKm).toBe(5);
    expect(plan.files.map((f) => [f.fileName, runWasSaved(f)])).toEqual([
      ['monday.fit', true],
      ['tuesday.fit', false],
    ]);
    expect(savedRunCount(plan.files)).toBe(1);
  });
});
