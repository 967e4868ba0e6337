import { describe, expect, it } from 'vitest';
import { preRunStaticHoldWarnings } from '../../../../src/lib/routines/warnings';
import type { RoutinePhase, RoutineStep } from '../../../../src/lib/routines/types';

const s = (id: string, movementId: string, durationSec: number): RoutineStep => ({
  id,
  movementId,
  durationSec,
  sides: 'each',
  restAfterSec: 0,
});
const routine = (phase: RoutinePhase, steps: RoutineStep[]) => ({ phase, steps });

describe('pre-run static hold warning', () => {
  it('flags static holds just above 60 s per side before a run', () => {
    const warnings = preRunStaticHoldWarnings(
      routine('before', [s('a', 'leg-swing-side', 30), s('b', 'hamstring-stretch', 61), s('c', 'quad-stretch', 90)]),
    );
    expect(warnings.map((w) => [w.stepId, w.stepIndex, w.movementId, w.durationSec])).toEqual([
      ['b', 1, 'hamstring-stretch', 61],
      ['c', 2, 'quad-stretch', 90],
    ]);
    expect(warnings[0]?.movementName).toBe('Lying hamstring stretch');
    expect(warnings[0]?.message).toMatch(/cool-down/);
  });

  it('stays quiet at or just below 60 s', () => {
    expect(preRunStaticHoldWarnings(routine('before', [s('a', 'hamstring-stretch', 60)]))).toEqual([]);
    expect(preRunStaticHoldWarnings(routine('before', [s('a', 'hamstring-stretch', 59)]))).toEqual([]);
  });

  it('ignores non-static moves and routines for after the run', () => {
    expect(preRunStaticHoldWarnings(routine('before', [s('a', 'wheel-glutes', 120), s('b', 'cat-cow', 300)]))).toEqual([]);
    expect(preRunStaticHoldWarnings(routine('after', [s('a', 'hamstring-stretch', 120)]))).toEqual([]);
    expect(preRunStaticHoldWarnings(routine('before', [s('a', 'unknown-move', 120)]))).toEqual([]);
  });
});
