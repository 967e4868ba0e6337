import { describe, expect, it } from 'vitest';
import { addStep, moveStep, removeStep, updateStep } from '../../../../src/lib/routines/steps';
import type { RoutineStep } from '../../../../src/lib/routines/types';

const base: RoutineStep[] = [
  { id: 'a', movementId: 'cat-cow', durationSec: 30, sides: 'one', restAfterSec: 0 },
  { id: 'b', movementId: 'quad-stretch', durationSec: 30, sides: 'each', restAfterSec: 5 },
  { id: 'c', movementId: 'high-knees', durationSec: 20, sides: 'one', restAfterSec: 0 },
];
const ids = (steps: readonly RoutineStep[]) => steps.map((s) => s.id);

describe('step editing helpers', () => {
  it('moves a step forward and backward without touching the input', () => {
    expect(ids(moveStep(base, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveStep(base, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveStep(base, 1, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveStep(base, 3, 0))).toEqual(['a', 'b', 'c']);
    expect(ids(moveStep(base, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveStep(base, 0.5, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(base)).toEqual(['a', 'b', 'c']);
  });

  it('adds a step with the movement defaults', () => {
    const withWheel = addStep(base, 'wheel-glutes', 'd');
    expect(withWheel.at(-1)).toEqual({ id: 'd', movementId: 'wheel-glutes', durationSec: 45, sides: 'each', restAfterSec: 0 });
    expect(addStep([], 'cat-cow', 'x')).toEqual([{ id: 'x', movementId: 'cat-cow', durationSec: 30, sides: 'one', restAfterSec: 0 }]);
    expect(base).toHaveLength(3);
  });

  it('does not add unknown movements, duplicate ids or more than 60 steps', () => {
    expect(addStep(base, 'moonwalk', 'd')).toEqual(base);
    expect(addStep(base, 'cat-cow', 'a')).toEqual(base);
    expect(addStep(base, 'cat-cow', '')).toEqual(base);
    let many: RoutineStep[] = [];
    for (let i = 0; i < 61; i++) many = addStep(many, 'cat-cow', `s${i}`);
    expect(many).toHaveLength(60);
  });

  it('removes and updates steps by id', () => {
    expect(ids(removeStep(base, 'b'))).toEqual(['a', 'c']);
    expect(removeStep(base, 'zzz')).toEqual(base);
    const updated = updateStep(base, 'b', { durationSec: 45, sides: 'one', restAfterSec: 10 });
    expect(updated[1]).toEqual({ id: 'b', movementId: 'quad-stretch', durationSec: 45, sides: 'one', restAfterSec: 10 });
    expect(updated[0]).toBe(base[0]);
    expect(base[1]?.durationSec).toBe(30);
    const sneaky = updateStep(base, 'a', { id: 'hijack', movementId: 'bird-dog' } as Partial<RoutineStep>);
    expect(sneaky[0]).toMatchObject({ id: 'a', movementId: 'bird-dog' });
  });
});
