/** A FIT without the watch's summary: the figures come from its records, positions turned from semicircles into degrees. */
import { describe, expect, it } from 'vitest';
import { parseFit } from '../../../../src/lib/run-import/fit';
import { encodeFitRun, FIT_RUN } from '../../../support/fit-run';

// tests/support/fit-run.ts: 900 s at 3 m/s, a 120 s pause with the timer stopped, 900 s more; heart rate 148, flat at 20 m.
const metres = (FIT_RUN.firstPartSec + FIT_RUN.secondPartSec) * FIT_RUN.speed;

describe('parseFit without a session message', () => {
  it('takes distance from the records’ own distance, and leaves the pause out of moving time', () => {
    const outcome = parseFit(encodeFitRun(FIT_RUN, { session: false }), 'UTC');
    expect(outcome).toEqual({
      ok: true,
      run: {
        startedAt: FIT_RUN.start.toISOString(),
        localDate: '2026-11-24',
        distanceKm: metres / 1000,
        // 900 one-second steps, then the 3 m to the first record after the pause come over 121 s (standing), then 899 more.
        movingSec: 1799,
        elapsedSec: 1920,
        paceSecPerKm: 1799 / (metres / 1000),
        avgHr: 148,
        elevationGainM: 0,
      },
    });
  });

  it('measures along the positions when the records carry no distance', () => {
    const outcome = parseFit(encodeFitRun(FIT_RUN, { session: false, recordDistance: false }), 'UTC');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // The track runs due north from 51.5° N; within 1% of what was run.
    expect(outcome.run.distanceKm).toBeGreaterThan((metres / 1000) * 0.99);
    expect(outcome.run.distanceKm).toBeLessThan((metres / 1000) * 1.01);
    expect(outcome.run.movingSec).toBe(1799);
  });

  it('prefers the session’s figures when there is one', () => {
    const outcome = parseFit(encodeFitRun(FIT_RUN, { recordDistance: false }), 'UTC');
    expect(outcome.ok && outcome.run).toMatchObject({ distanceKm: metres / 1000, movingSec: 1800, elapsedSec: 1920, elevationGainM: 37 });
  });
});
