import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, BUILTIN_ROUTINES } from '../../../../src/lib/routines/builtins';
import {
  createRoutine,
  deleteRoutine,
  duplicateRoutine,
  isPristineBuiltIn,
  restoreBuiltIns,
  restoreRoutine,
  routinesByPhase,
  saveRoutine,
  toRoutineInput,
  type LibraryContext,
} from '../../../../src/lib/routines/library';
import type { Routine } from '../../../../src/lib/routines/types';

const NOW = new Date('2026-11-26T08:30:00.000Z');
function ctx(prefix = 'id'): LibraryContext {
  let n = 0;
  return { now: NOW, newId: () => `${prefix}-${++n}` };
}
const fresh = (): Routine[] => restoreBuiltIns([]);
const userInput = (over: Record<string, unknown> = {}) => ({
  name: 'Hill day',
  phase: 'before',
  steps: [{ id: 'x1', movementId: 'high-knees', durationSec: 40, sides: 'one', restAfterSec: 5 }],
  ...over,
});
function okOrThrow<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('routine library', () => {
  it('creates a user routine with an injected id and time, generating missing step ids', () => {
    const list = fresh();
    const result = okOrThrow(createRoutine(list, userInput({ steps: [{ movementId: 'cat-cow', durationSec: 30, sides: 'one' }] }), ctx()));
    expect(result.outcome).toBe('created');
    expect(result.id).toBe('id-1');
    expect(result.routine).toEqual({
      id: 'id-1',
      name: 'Hill day',
      phase: 'before',
      builtIn: false,
      updatedAt: '2026-11-26T08:30:00.000Z',
      steps: [{ id: 'id-2', movementId: 'cat-cow', durationSec: 30, sides: 'one', restAfterSec: 0 }],
    });
    expect(result.list).toHaveLength(list.length + 1);
    expect(result.list.at(-1)).toBe(result.routine);
    expect(list).toHaveLength(BUILTIN_ROUTINES.length); // input untouched
  });

  it('returns validation errors instead of saving bad input', () => {
    const result = saveRoutine(fresh(), userInput({ name: '' }), ctx());
    expect(result).toEqual({ ok: false, errors: [{ path: 'name', message: 'Give the routine a name.' }] });
  });

  it('updates a user routine in place, keeping its id and position', () => {
    const created = okOrThrow(saveRoutine(fresh(), userInput(), ctx('a')));
    const withMore = okOrThrow(createRoutine(created.list, userInput({ name: 'Other' }), ctx('b')));
    const saved = okOrThrow(saveRoutine(withMore.list, userInput({ id: created.id, name: 'Hill day v2' }), ctx('c')));
    expect(saved.outcome).toBe('updated');
    expect(saved.id).toBe(created.id);
    const index = saved.list.findIndex((r) => r.id === created.id);
    expect(index).toBe(withMore.list.findIndex((r) => r.id === created.id));
    expect(saved.list[index]?.name).toBe('Hill day v2');
    expect(saved.list).toHaveLength(withMore.list.length);
  });

  it('never changes a built-in when saving over it: it saves a copy named "(my copy)"', () => {
    const list = fresh();
    const original = list.find((r) => r.id === BUILTIN_IDS.before);
    if (!original) throw new Error('missing built-in');
    const snapshot = structuredClone(original);
    const edited = toRoutineInput(original);
    edited.steps = edited.steps.slice(1);

    const first = okOrThrow(saveRoutine(list, edited, ctx('c')));
    expect(first.outcome).toBe('copied');
    expect(first.id).not.toBe(BUILTIN_IDS.before);
    expect(first.routine.name).toBe('Before the run (my copy)');
    expect(first.routine.builtIn).toBe(false);
    expect(first.routine.steps).toHaveLength(original.steps.length - 1);
    const builtInAfter = first.list.find((r) => r.id === BUILTIN_IDS.before);
    expect(builtInAfter).toEqual(snapshot);
    expect(isPristineBuiltIn(builtInAfter as Routine)).toBe(true);
    // The copy sits right after the built-in it came from.
    const at = first.list.findIndex((r) => r.id === BUILTIN_IDS.before);
    expect(first.list[at + 1]?.id).toBe(first.id);

    // A second copy gets a different name; a renamed copy keeps the chosen name.
    const second = okOrThrow(saveRoutine(first.list, edited, ctx('d')));
    expect(second.routine.name).toBe('Before the run (my copy 2)');
    const renamed = okOrThrow(saveRoutine(second.list, { ...edited, name: 'Track warm-up' }, ctx('e')));
    expect(renamed.routine.name).toBe('Track warm-up');
    expect(renamed.list.filter((r) => r.builtIn)).toHaveLength(BUILTIN_ROUTINES.length);

    // Even when the built-in is missing from the list, its id is never reused.
    const copied = okOrThrow(saveRoutine([], edited, ctx('f')));
    expect(copied.outcome).toBe('copied');
    expect(copied.list.map((r) => r.id)).toEqual(['f-1']);
  });

  it('creates a new routine when the given id is unknown, and never reuses a taken id', () => {
    const base = okOrThrow(createRoutine([], userInput(), { now: NOW, newId: () => 'same' }));
    let calls = 0;
    const again = okOrThrow(
      saveRoutine(base.list, userInput({ id: 'deleted-meanwhile' }), { now: NOW, newId: () => (++calls < 3 ? 'same' : 'new') }),
    );
    expect(again.outcome).toBe('created');
    expect(again.id).toBe('new');
  });

  it('duplicates a routine as "(copy)" right after it', () => {
    const list = fresh();
    const dup = okOrThrow(duplicateRoutine(list, BUILTIN_IDS.after, ctx('d')));
    expect(dup.routine).toMatchObject({ id: 'd-1', name: 'After the run (copy)', builtIn: false, phase: 'after' });
    expect(dup.routine.steps).toEqual(list.find((r) => r.id === BUILTIN_IDS.after)?.steps);
    expect(dup.list[dup.list.findIndex((r) => r.id === BUILTIN_IDS.after) + 1]).toBe(dup.routine);
    const dup2 = okOrThrow(duplicateRoutine(dup.list, BUILTIN_IDS.after, ctx('e')));
    expect(dup2.routine.name).toBe('After the run (copy 2)');
    expect(duplicateRoutine(list, 'nope', ctx())).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'That routine no longer exists.' }],
    });
  });

  it('deletes a user routine and puts it back on undo, at the same place', () => {
    let list = fresh();
    list = okOrThrow(createRoutine(list, userInput({ name: 'A' }), ctx('a'))).list;
    list = okOrThrow(createRoutine(list, userInput({ name: 'B' }), ctx('b'))).list;
    list = okOrThrow(createRoutine(list, userInput({ name: 'C' }), ctx('c'))).list;
    const before = list;
    const deleted = deleteRoutine(list, 'b-1');
    if (!deleted.ok) throw new Error('delete failed');
    expect(deleted.removed.name).toBe('B');
    expect(deleted.index).toBe(BUILTIN_ROUTINES.length + 1);
    expect(deleted.list.map((r) => r.name)).not.toContain('B');
    expect(before).toHaveLength(BUILTIN_ROUTINES.length + 3); // input untouched

    const undone = restoreRoutine(deleted.list, deleted.removed, deleted.index);
    expect(undone).toEqual(before);
    // Undo twice does not duplicate.
    expect(restoreRoutine(undone, deleted.removed, deleted.index)).toEqual(before);
    // Out-of-range indexes are clamped.
    expect(restoreRoutine(deleted.list, deleted.removed, 999).at(-1)).toBe(deleted.removed);
    expect(restoreRoutine(deleted.list, deleted.removed, -5)[0]).toBe(deleted.removed);
  });

  it('refuses to delete built-ins or unknown routines', () => {
    const list = fresh();
    expect(deleteRoutine(list, BUILTIN_IDS.before)).toMatchObject({ ok: false, reason: 'built-in' });
    expect(deleteRoutine(list, 'missing')).toMatchObject({ ok: false, reason: 'not-found' });
    const flagged: Routine = { ...structuredClone(BUILTIN_ROUTINES[0] as Routine), id: 'legacy' };
    expect(deleteRoutine([flagged], 'legacy')).toMatchObject({ ok: false, reason: 'built-in' });
  });

  it('restores missing and altered built-ins and keeps user routines', () => {
    const user = okOrThrow(createRoutine([], userInput(), ctx('u'))).routine;
    const altered: Routine = {
      ...structuredClone(BUILTIN_ROUTINES[1] as Routine),
      name: 'Hacked',
      steps: [],
    };
    const stale: Routine = { ...user, id: 'old-builtin', builtIn: true };
    const restored = restoreBuiltIns([user, altered, stale]);
    expect(restored.slice(0, BUILTIN_ROUTINES.length)).toEqual(BUILTIN_ROUTINES.map((r) => structuredClone(r)));
    expect(restored.slice(BUILTIN_ROUTINES.length)).toEqual([user, { ...stale, builtIn: false }]);
    expect(restored.every((r) => !Object.isFrozen(r))).toBe(true);
    // Restoring again changes nothing.
    expect(restoreBuiltIns(restored)).toEqual(restored);
    // A duplicated built-in entry collapses to one.
    expect(restoreBuiltIns([...restored, structuredClone(BUILTIN_ROUTINES[0] as Routine)])).toEqual(restored);
  });

  it('groups routines by phase, built-ins first', () => {
    let list: Routine[] = [];
    list = okOrThrow(createRoutine(list, userInput({ name: 'Mine before' }), ctx('a'))).list;
    list = okOrThrow(createRoutine(list, userInput({ name: 'Mine after', phase: 'after' }), ctx('b'))).list;
    list = [...list, ...fresh()];
    const grouped = routinesByPhase(list);
    expect(grouped.before.map((r) => r.name)).toEqual(['Before the run', 'Quick warm-up (5 min)', 'Mine before']);
    expect(grouped.after.map((r) => r.name)).toEqual(['After the run', 'Quick cool-down (5 min)', 'Mine after']);
  });

  it('turns a stored routine into editor input that validates', () => {
    const input = toRoutineInput(BUILTIN_ROUTINES[0] as Routine);
    expect(input).not.toHaveProperty('builtIn');
    expect(input).not.toHaveProperty('updatedAt');
    expect(input.id).toBe(BUILTIN_IDS.before);
  });
});

describe('routine library edges', () => {
  const canonical = (i = 0) => structuredClone(BUILTIN_ROUTINES[i] as Routine);

  it('tells a pristine built-in from one changed in any single field', () => {
    expect(isPristineBuiltIn(canonical())).toBe(true);
    const first = (r: Routine) => r.steps[0]!;
    const changes: [string, (r: Routine) => void][] = [
      ['name', (r) => (r.name = 'Mine')],
      ['phase', (r) => (r.phase = r.phase === 'before' ? 'after' : 'before')],
      ['builtIn flag', (r) => (r.builtIn = false)],
      ['date', (r) => (r.updatedAt = '2026-11-26T08:30:00.000Z')],
      ['a step fewer', (r) => r.steps.pop()],
      ['a step more', (r) => r.steps.push({ ...first(r), id: 'extra' })],
      ['step id', (r) => (first(r).id = 'other')],
      ['movement', (r) => (first(r).movementId = first(r).movementId === 'cat-cow' ? 'high-knees' : 'cat-cow')],
      ['duration', (r) => (first(r).durationSec += 1)],
      ['sides', (r) => (first(r).sides = first(r).sides === 'one' ? 'each' : 'one')],
      ['rest', (r) => (first(r).restAfterSec += 1)],
      ['an extra field on a step', (r) => Object.assign(first(r), { note: 'x' })],
      ['steps not a list', (r) => ((r as { steps: unknown }).steps = {})],
      ['an id that is no built-in', (r) => (r.id = 'user-1')],
    ];
    for (const [what, change] of changes) {
      const routine = canonical();
      change(routine);
      expect(isPristineBuiltIn(routine), what).toBe(false);
    }
    // The last step counts as much as the first.
    const lastChanged = canonical();
    lastChanged.steps.at(-1)!.durationSec += 1;
    expect(isPristineBuiltIn(lastChanged)).toBe(false);
  });

  it('keeps the very object of a pristine built-in when restoring, and replaces a changed one', () => {
    const pristine = canonical(0);
    const changed = { ...canonical(1), name: 'Mine' };
    const restored = restoreBuiltIns([pristine, changed]);
    expect(restored[0]).toBe(pristine);
    expect(restored[1]).not.toBe(changed);
    expect(restored[1]!.name).toBe(BUILTIN_ROUTINES[1]!.name);
  });

  it('keeps a copy’s name within 80 characters, counting emoji as one, with no space before the bracket', () => {
    const list = fresh();
    const long = okOrThrow(createRoutine(list, userInput({ name: `${'a'.repeat(72)} ${'🏃'.repeat(7)}` }), ctx('l')));
    const dup = okOrThrow(duplicateRoutine(long.list, long.id, ctx('m')));
    expect(dup.routine.name).toBe(`${'a'.repeat(72)} (copy)`);
    expect([...dup.routine.name]).toHaveLength(79);
    const dup2 = okOrThrow(duplicateRoutine(dup.list, long.id, ctx('n')));
    expect(dup2.routine.name).toBe(`${'a'.repeat(71)} (copy 2)`);
    expect([...dup2.routine.name]).toHaveLength(80);
    const emoji = okOrThrow(createRoutine(list, userInput({ name: '🏃'.repeat(80) }), ctx('o')));
    expect(okOrThrow(duplicateRoutine(emoji.list, emoji.id, ctx('p'))).routine.name).toBe(`${'🏃'.repeat(73)} (copy)`);
  });

  it('never takes an id that is empty, taken, a built-in’s, or a step’s own, however often the generator offers one', () => {
    const base = okOrThrow(createRoutine([], userInput(), { now: NOW, newId: () => 'same' }));
    // A generator stuck on a taken id: the id gets a number.
    const stuck = okOrThrow(createRoutine(base.list, userInput(), { now: NOW, newId: () => 'same' }));
    expect(stuck.id).toBe('same-2');
    const stuckAgain = okOrThrow(createRoutine(stuck.list, userInput(), { now: NOW, newId: () => 'same' }));
    expect(stuckAgain.id).toBe('same-3');
    // One that gives nothing, or only a built-in's id.
    expect(okOrThrow(createRoutine([], userInput(), { now: NOW, newId: () => '' })).id).toBe('id-2');
    expect(okOrThrow(createRoutine([], userInput(), { now: NOW, newId: () => BUILTIN_IDS.before })).id).toBe(`${BUILTIN_IDS.before}-2`);
    // A generated step id never repeats one the runner's steps already have.
    let n = 0;
    const offers = ['r', 'x1', 'x1', 'y'];
    const steps = [
      { id: 'x1', movementId: 'high-knees', durationSec: 40, sides: 'one' },
      { movementId: 'cat-cow', durationSec: 30, sides: 'one' },
    ];
    const made = okOrThrow(createRoutine([], userInput({ steps }), { now: NOW, newId: () => offers[n++] ?? 'z' }));
    expect(made.routine.steps.map((s) => s.id)).toEqual(['x1', 'y']);
  });

  it('updates the first routine of the list in place, not as a new one', () => {
    const created = okOrThrow(createRoutine([], userInput(), ctx('a')));
    const saved = okOrThrow(saveRoutine(created.list, userInput({ id: created.id, name: 'Renamed' }), ctx('b')));
    expect(saved.outcome).toBe('updated');
    expect(saved.list.map((r) => [r.id, r.name])).toEqual([[created.id, 'Renamed']]);
  });

  it('puts the copy of the first built-in right after it', () => {
    const list = fresh();
    const edited = { ...toRoutineInput(list[0]!), name: 'Changed' };
    const saved = okOrThrow(saveRoutine(list, edited, ctx('q')));
    expect(saved.list.map((r) => r.id).slice(0, 2)).toEqual([list[0]!.id, 'q-1']);
    expect(saved.routine.name).toBe('Changed');
  });

  it('keeps user routines in their own order within a phase, and an edited built-in id among them', () => {
    let list: Routine[] = [];
    for (const name of ['One', 'Two', 'Three', 'Four']) list = okOrThrow(createRoutine(list, userInput({ name }), ctx(name))).list;
    const unflagged = { ...canonical(0), builtIn: false, name: 'Old copy' };
    const grouped = routinesByPhase([...list.slice(0, 2), unflagged, ...list.slice(2), ...fresh()]);
    expect(grouped.before.map((r) => r.name)).toEqual([
      'Before the run',
      'Quick warm-up (5 min)',
      'One',
      'Two',
      'Old copy',
      'Three',
      'Four',
    ]);
  });
});
