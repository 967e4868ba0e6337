/** The routine editor's small rules at their edges: where a drop lands, step edits, where an error shows, the door offer. */
import { describe, expect, it } from 'vitest';
import { doorOfferAfterSave } from '../../../../src/lib/routines/doors';
import { dropTarget, slotAt } from '../../../../src/lib/routines/drop-slot';
import { errorTarget, typedErrors } from '../../../../src/lib/routines/shown-errors';
import { addStep, moveStep, updateStep } from '../../../../src/lib/routines/steps';
import type { Routine, RoutineStep } from '../../../../src/lib/routines/types';

const step = (id: string, fields: Partial<RoutineStep> = {}): RoutineStep => ({
  id,
  movementId: 'cat-cow',
  durationSec: 30,
  sides: 'one',
  restAfterSec: 5,
  ...fields,
});

describe('where a dragged step lands', () => {
  const rows = [
    { top: 0, height: 40 },
    { top: 50, height: 40 },
    { top: 100, height: 40 },
  ];
  it('takes a pointer exactly on a step’s top edge as over that step, before it', () => {
    expect(slotAt(50, rows)).toEqual({ index: 1, side: 'before' });
    expect(slotAt(49.9, rows)).toEqual({ index: 0, side: 'after' });
  });
  it('refuses a step or slot that is not in the list', () => {
    for (const from of [-1, 1.5, 3, Number.NaN]) expect(dropTarget(from, { index: 0, side: 'before' }, 3), String(from)).toBeNull();
    for (const index of [-1, 0.5, 3, Number.NaN]) expect(dropTarget(2, { index, side: 'before' }, 3), String(index)).toBeNull();
    expect(dropTarget(2, { index: 0, side: 'before' }, 3)).toBe(0);
  });
});

describe('step edits', () => {
  const steps = [step('a'), step('b'), step('c')];
  it('moves nothing for an index outside the list', () => {
    expect(moveStep(steps, 5, 0)).toEqual(steps);
    expect(moveStep(steps, 0, 5)).toEqual(steps);
    expect(moveStep(steps, -1, 1)).toEqual(steps);
    expect(moveStep(steps, 1, 1)).toEqual(steps);
    expect(moveStep(steps, 0, 2).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
  it('adds nothing without an id or for a movement not in the catalog', () => {
    expect(addStep(steps, 'cat-cow', '')).toEqual(steps);
    expect(addStep(steps, 'no-such-move', 'd')).toEqual(steps);
    expect(addStep(steps, 'cat-cow', 7 as unknown as string)).toEqual(steps);
    expect(addStep(steps, 'cat-cow', 'd').map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('changes only the fields a patch names', () => {
    const [changed] = updateStep([step('a', { sides: 'each', restAfterSec: 10 })], 'a', { durationSec: 45 });
    expect(changed).toEqual({ id: 'a', movementId: 'cat-cow', durationSec: 45, sides: 'each', restAfterSec: 10 });
    const [moved] = updateStep([step('a', { durationSec: 60 })], 'a', { movementId: 'high-knees' });
    expect(moved).toEqual({ id: 'a', movementId: 'high-knees', durationSec: 60, sides: 'one', restAfterSec: 5 });
    const [kept] = updateStep([step('a')], 'a', { sides: undefined, restAfterSec: undefined });
    expect(kept).toEqual(step('a'));
  });
});

describe('where an error shows', () => {
  it('reads the step number in full and the field only when it is one the card shows', () => {
    expect(errorTarget('steps.12.durationSec')).toEqual({ kind: 'step', index: 12, field: 'durationSec' });
    expect(errorTarget('steps.3')).toEqual({ kind: 'step', index: 3, field: null });
    expect(errorTarget('steps.0.id')).toEqual({ kind: 'step', index: 0, field: null });
    for (const field of ['durationSec', 'restAfterSec', 'sides', 'movementId']) {
      expect(errorTarget(`steps.1.${field}`)).toEqual({ kind: 'step', index: 1, field });
    }
    expect(errorTarget('x.steps.1')).toEqual({ kind: 'routine' });
    expect(errorTarget('')).toEqual({ kind: 'routine' });
  });
  it('shows a duration or rest as it is typed, and the rest only after Save', () => {
    const errors = [
      { path: 'steps.0.durationSec', message: 'd' },
      { path: 'steps.0.restAfterSec', message: 'r' },
      { path: 'steps.0.sides', message: 's' },
      { path: 'steps.0.movementId', message: 'm' },
      { path: 'name', message: 'n' },
      { path: 'steps', message: 'l' },
    ];
    expect(typedErrors(errors).map((e) => e.message)).toEqual(['d', 'r']);
  });
});

describe('the door offer after a save', () => {
  const routine = (id: string, name: string): Routine => ({
    id,
    name,
    phase: 'before',
    builtIn: id.startsWith('builtin'),
    updatedAt: '2026-11-26T08:30:00.000Z',
    steps: [step('a')],
  });
  const original = routine('builtin-before', 'Before the run');
  const copy = routine('mine-1', 'Before the run (my copy)');
  it('offers to point the door at a copy of the routine it starts', () => {
    expect(doorOfferAfterSave('copied', original, copy, 'builtin-before')).toEqual({
      phase: 'before',
      routineId: 'mine-1',
      routineName: 'Before the run (my copy)',
      replacedName: 'Before the run',
    });
  });
  it('asks nothing for an update, an unknown original, another door’s routine, or a copy the door already starts', () => {
    expect(doorOfferAfterSave('updated', original, copy, 'builtin-before')).toBeNull();
    expect(doorOfferAfterSave('copied', undefined, copy, 'builtin-before')).toBeNull();
    expect(doorOfferAfterSave('copied', original, copy, 'something-else')).toBeNull();
    expect(doorOfferAfterSave('copied', original, copy, 'mine-1')).toBeNull();
  });
});
