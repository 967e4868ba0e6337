import { describe, expect, it } from 'vitest';
import { BUILTIN_ROUTINES } from '../../../../src/lib/routines/builtins';
import { KIND_NOTES } from '../../../../src/lib/routines/catalog';
import { firstWheelStepIndex, includesWheel } from '../../../../src/lib/routines/kind-notes';

describe('the wheel note', () => {
  it('says never to roll directly on the lower back', () => {
    expect(KIND_NOTES.wheel).toMatch(/never directly on the lower back/);
  });

  it('goes with the first wheel step of a routine, wherever it is', () => {
    const steps = [{ movementId: 'leg-swing-side' }, { movementId: 'wheel-glutes' }, { movementId: 'wheel-upper-back' }];
    expect(firstWheelStepIndex(steps)).toBe(1);
    expect(firstWheelStepIndex([{ movementId: 'wheel-mid-back' }])).toBe(0);
    expect(firstWheelStepIndex([{ movementId: 'leg-swing-side' }, { movementId: 'no-such-movement' }])).toBe(-1);
    for (const routine of BUILTIN_ROUTINES) expect(firstWheelStepIndex(routine.steps)).toBeGreaterThanOrEqual(0);
  });

  it('shows in a list of movements only when a wheel movement is in it', () => {
    expect(includesWheel(['hip-circles', 'wheel-calves'])).toBe(true);
    expect(includesWheel(['hip-circles'])).toBe(false);
  });
});
