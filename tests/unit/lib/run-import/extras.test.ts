/** An imported run's heart rate and climb land on the check-in: on a new run session, and on the one open check-in it fills. */
import { describe, expect, it } from 'vitest';
import { planRunImport, storedExtras } from '../../../../src/lib/run-import/plan';
import { checkIn, runFile, runSummary, session } from '../../../support/history';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('heart rate and climb from a run file', () => {
  it('are rounded to whole numbers; a figure the diary cannot hold is left empty and the run still imported', () => {
    const run = runSummary('2026-11-26T07:00:00.000Z', 10);
    expect(storedExtras({ ...run, avgHr: 148.6, elevationGainM: 84.5 })).toEqual({ avgHeartRate: 149, climbM: 85 });
    expect(storedExtras(run)).toEqual({ avgHeartRate: null, climbM: null });
    expect(storedExtras({ ...run, avgHr: 29.4, elevationGainM: 10_000.4 })).toEqual({ avgHeartRate: null, climbM: 10_000 });
    expect(storedExtras({ ...run, avgHr: 250.4, elevationGainM: 10_000.6 })).toEqual({ avgHeartRate: 250, climbM: null });
    const plan = planRunImport([], [runFile('odd.gpx', { ...run, avgHr: 400 })], NOW, ids());
    expect(plan.files[0]!.status).toBe('added');
    expect(plan.sessions[0]!.checkIn).toMatchObject({ avgHeartRate: null, distanceKm: 10 });
  });

  it('go on a new run session', () => {
    const run = { ...runSummary('2026-11-26T07:00:00.000Z', 10), avgHr: 152, elevationGainM: 120 };
    const plan = planRunImport([], [runFile('run.fit', run)], NOW, ids());
    expect(plan.sessions[0]!.checkIn).toMatchObject({ avgHeartRate: 152, climbM: 120, treatments: [], spotPain: {} });
  });

  it('fill the day’s open check-in, keeping the runner’s own treatments, spot scores and a climb already there', () => {
    const open = session('2026-11-26', {
      startedAt: '2026-11-26T09:00:00.000Z',
      checkIn: checkIn({ distanceKm: null, durationSec: null, treatments: ['ice'], spotPain: { 'leg-left': 3 }, climbM: 40 }),
    });
    const run = { ...runSummary('2026-11-26T07:00:00.000Z', 8), avgHr: 141, elevationGainM: 95 };
    const plan = planRunImport([open], [runFile('run.tcx', run)], NOW, ids());
    expect(plan.files[0]!.status).toBe('filled');
    expect(plan.sessions[0]!.checkIn).toMatchObject({
      distanceKm: 8,
      avgHeartRate: 141,
      climbM: 40,
      treatments: ['ice'],
      spotPain: { 'leg-left': 3 },
    });
  });
});
