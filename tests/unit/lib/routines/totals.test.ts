import { describe, expect, it } from 'vitest';
import { routineTotalSec, stepActiveSec } from '../../../../src/lib/routines/totals';
import type { RoutineStep } from '../../../../src/lib/routines/types';

const step = (durationSec: number, sides: 'one' | 'each', restAfterSec = 0): RoutineStep => ({
  id: `s${durationSec}${sides}${restAfterSec}`,
  movementId: 'cat-cow',
  durationSec,
  sides,
  restAfterSec,
});

describe('routine totals', () => {
  it('counts a one-sided step once and an each-side step twice plus the switch gap', () => {
    expect(stepActiveSec(step(30, 'one'), { switchSidesSec: 5 })).toBe(30);
    expect(stepActiveSec(step(30, 'each'), { switchSidesSec: 5 })).toBe(65);
    expect(stepActiveSec(step(30, 'each'), { switchSidesSec: 0 })).toBe(60);
    expect(stepActiveSec(step(30, 'each'), { switchSidesSec: 12 })).toBe(72);
  });

  it('adds rests between steps but not after the last one', () => {
    const routine = { steps: [step(30, 'one', 10), step(45, 'each', 15), step(20, 'one', 99)] };
    // 30 + 10 + (45 + 5 + 45) + 15 + 20 = 170; the 99 s after the last step does not count.
    expect(routineTotalSec(routine, { switchSidesSec: 5 })).toBe(170);
    expect(routineTotalSec(routine, { switchSidesSec: 8 })).toBe(173);
  });

  it('is 0 for no steps and counts a single step without its rest', () => {
    expect(routineTotalSec({ steps: [] }, { switchSidesSec: 5 })).toBe(0);
    expect(routineTotalSec({ steps: [step(40, 'each', 30)] }, { switchSidesSec: 5 })).toBe(85);
  });

  it('treats broken numbers in a draft as zero instead of returning NaN', () => {
    const routine = { steps: [step(Number.NaN, 'one', -4), step(30, 'each', 0)] };
    expect(routineTotalSec(routine, { switchSidesSec: Number.POSITIVE_INFINITY })).toBe(60);
    expect(routineTotalSec(routine, { switchSidesSec: -3 })).toBe(60);
  });
});
