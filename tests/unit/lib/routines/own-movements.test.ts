import { describe, expect, it } from 'vitest';
import { saveRoutine } from '../../../../src/lib/routines/library';
import { CATALOG_LOOKUP, isOwnMovement, movementLookup } from '../../../../src/lib/routines/movement-lookup';
import {
  deleteOwnMovement,
  duplicateOwnMovement,
  inUseMessage,
  newOwnMovementId,
  saveOwnMovement,
  validateOwnMovementInput,
} from '../../../../src/lib/routines/own-movements';
import { addStep } from '../../../../src/lib/routines/steps';
import type { OwnMovement, Routine } from '../../../../src/lib/routines/types';
import { routineInputSchema, validateRoutineInput } from '../../../../src/lib/routines/validation';
import { preRunStaticHoldWarnings } from '../../../../src/lib/routines/warnings';

const NOW = new Date('2026-11-29T08:00:00.000Z');
const ctx = () => {
  let n = 0;
  return { now: NOW, newId: () => `r${++n}` };
};
const input = (over: Record<string, unknown> = {}) => ({
  name: 'Doorway chest stretch',
  kind: 'static',
  defaultDurationSec: 40,
  perSide: true,
  howTo: 'Forearm on the door frame, step through.',
  caution: 'Keep the shoulder low.',
  ...over,
});
function saved(list: OwnMovement[] = [], over: Record<string, unknown> = {}) {
  const result = saveOwnMovement(list, input(over), ctx());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('own movement input', () => {
  it('refuses an empty or blank name with a sentence the form can show', () => {
    for (const name of ['', '   ', undefined]) {
      const result = validateOwnMovementInput(input({ name }));
      expect(result).toEqual({ ok: false, errors: [{ path: 'name', message: 'Give the movement a name.' }] });
    }
  });

  it('refuses each bad field with its own message and accepts the kinds the issue names', () => {
    const bad = validateOwnMovementInput(input({ kind: 'yoga', defaultDurationSec: 2.5, perSide: 'yes', name: 'a\nb', extra: 1 }));
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: Keep the name on one line, without control characters.',
        'kind: Choose what kind of movement it is: dynamic, back wheel, static or other.',
        'defaultDurationSec: Use whole seconds for how long the movement lasts.',
        'perSide: Choose whether it is done once or on each side.',
        'extra: “extra” is not an allowed field.',
      ]),
    );
    for (const kind of ['dynamic', 'wheel', 'static', 'other']) expect(validateOwnMovementInput(input({ kind })).ok).toBe(true);
    expect(validateOwnMovementInput(input({ defaultDurationSec: 4 })).ok).toBe(false);
    expect(validateOwnMovementInput(input({ defaultDurationSec: 901 })).ok).toBe(false);
    expect(validateOwnMovementInput(input({ howTo: 'x'.repeat(601) })).ok).toBe(false);
    expect(validateOwnMovementInput(input({ id: 'leg-swing-side' })).ok).toBe(false);
    expect(validateOwnMovementInput(null)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'This is not a movement the app can read.' }],
    });
  });

  it('new ids start with "own-" and skip ids already taken', () => {
    const ids = ['a', 'a', 'b/../c'];
    const id = newOwnMovementId(() => ids.shift()!, new Set(['own-a']));
    expect(id).toBe('own-bc');
    expect(newOwnMovementId(() => '///')).toBe('own-x');
  });
});

describe('own movement list', () => {
  it('creates with a trimmed name, an own id and the time; edits keep id and picture', () => {
    const { list, movement } = saved([], { name: '  Doorway chest stretch ', caution: '' });
    expect(movement).toEqual({
      id: 'own-r1',
      name: 'Doorway chest stretch',
      kind: 'static',
      defaultDurationSec: 40,
      perSide: true,
      howTo: 'Forearm on the door frame, step through.',
      updatedAt: NOW.toISOString(),
    });
    const withPicture = [{ ...movement, picture: { file: 'p.png', type: 'image/png' as const, bytes: 10, width: 1, height: 1 } }];
    const edited = saved(withPicture, { id: movement.id, name: 'Chest opener' });
    expect(edited.list).toHaveLength(1);
    expect(edited.movement).toMatchObject({ id: 'own-r1', name: 'Chest opener', picture: { file: 'p.png' } });
    expect(list).toHaveLength(1);
  });

  it('refuses a second movement with the same name (any case)', () => {
    const { list } = saved();
    expect(saveOwnMovement(list, input({ name: 'doorway CHEST stretch' }), ctx())).toEqual({
      ok: false,
      errors: [{ path: 'name', message: 'Another movement already has this name. Choose a different one.' }],
    });
  });

  it('duplicates after the original with a "(copy)" name and a new id', () => {
    const { list, movement } = saved();
    const copy = duplicateOwnMovement(list, movement.id, { now: NOW, newId: () => 'z' });
    expect(copy.ok && copy.list.map((m) => m.name)).toEqual(['Doorway chest stretch', 'Doorway chest stretch (copy)']);
    expect(copy.ok && copy.movement.id).toBe('own-z');
    expect(duplicateOwnMovement(list, 'own-gone', ctx())).toEqual({ ok: false, message: 'That movement no longer exists.' });
  });

  it('refuses to delete a movement routines use, naming them', () => {
    const { list, movement } = saved();
    const step = { id: 's', movementId: movement.id, durationSec: 30, sides: 'each' as const, restAfterSec: 0 };
    const routine = (name: string, steps = [step]): Routine =>
      ({ id: name, name, phase: 'after', steps, builtIn: false, updatedAt: NOW.toISOString() }) as Routine;
    const routines = [routine('Evening'), routine('Other', []), routine('Long cool-down')];
    const refused = deleteOwnMovement(list, routines, movement.id);
    expect(refused).toEqual({
      ok: false,
      reason: 'in-use',
      usedBy: ['Evening', 'Long cool-down'],
      message:
        '“Doorway chest stretch” is used by these 2 routines: “Evening” and “Long cool-down”. Take it out of them first, then delete it.',
    });
    expect(inUseMessage('X', ['A'])).toBe('“X” is used by this routine: “A”. Take it out of that routine first, then delete it.');
    expect(deleteOwnMovement(list, [routine('Other', [])], movement.id)).toMatchObject({ ok: true, list: [] });
  });
});

describe('lookup over catalog and own movements', () => {
  const own = saved().movement;
  const lookup = movementLookup([own]);

  it('finds and names own movements like catalog ones; unknown ids stay unknown', () => {
    expect(lookup.byId(own.id)).toBe(own);
    expect(lookup.name(own.id)).toBe('Doorway chest stretch');
    expect(lookup.name('hip-circles')).toBe('Hip circles');
    expect(lookup.name('own-nope')).toBe('own-nope');
    expect(CATALOG_LOOKUP.byId(own.id)).toBeUndefined();
    expect(isOwnMovement(lookup.byId(own.id))).toBe(true);
    expect(isOwnMovement(lookup.byId('hip-circles'))).toBe(false);
    expect(lookup.all.at(-1)).toBe(own);
  });

  it('routine validation accepts own movements that exist and refuses unknown ones', () => {
    const routine = (movementId: string) => ({
      name: 'Mine',
      phase: 'after',
      steps: [{ movementId, durationSec: 30, sides: 'each', restAfterSec: 0 }],
    });
    expect(validateRoutineInput(routine(own.id), lookup).ok).toBe(true);
    expect(validateRoutineInput(routine(own.id)).ok).toBe(false);
    expect(validateRoutineInput(routine('own-other'), lookup)).toEqual({
      ok: false,
      errors: [{ path: 'steps.0.movementId', message: 'That movement is not in the catalog or among your own movements.' }],
    });
    // The IPC schema lets own-shaped ids through for main to check; other unknown ids stop there.
    expect(routineInputSchema.safeParse(routine('own-other')).success).toBe(true);
    expect(routineInputSchema.safeParse(routine('made-up')).success).toBe(false);
    const result = saveRoutine([], routine(own.id), { ...ctx(), movements: lookup });
    expect(result.ok).toBe(true);
  });

  it('steps and warnings use the own movement default duration, sides and kind', () => {
    expect(addStep([], own.id, 's1', lookup)).toEqual([{ id: 's1', movementId: own.id, durationSec: 40, sides: 'each', restAfterSec: 0 }]);
    expect(addStep([], own.id, 's1')).toEqual([]);
    const warnings = preRunStaticHoldWarnings({ phase: 'before', steps: [{ movementId: own.id, durationSec: 90 }] }, lookup);
    expect(warnings.map((w) => w.movementName)).toEqual(['Doorway chest stretch']);
  });
});
