/**
 * The routine library as pure functions over `Routine[]`.
 * Nothing here mutates its arguments; ids and time are injected so results are deterministic.
 */
import { BUILTIN_ROUTINES, builtInById, isBuiltInId } from './builtins';
import { ROUTINE_LIMITS } from './limits';
import type { MovementLookup } from './movement-lookup';
import type { Routine, RoutinePhase, RoutineStep } from './types';
import { validateRoutineInput, type RoutineInput, type RoutineStepInput, type ValidationError } from './validation';

export interface LibraryContext {
  /** The current time; becomes `updatedAt` of what is written. */
  now: Date;
  /** Returns a new unique id (routine ids and missing step ids). */
  newId: () => string;
  /** Where step movements are looked up: the catalog alone unless the runner's own movements are given. */
  movements?: MovementLookup;
}

export type SaveOutcome = 'created' | 'updated' | 'copied';

export type SaveResult =
  { ok: true; list: Routine[]; id: string; routine: Routine; outcome: SaveOutcome } | { ok: false; errors: ValidationError[] };

export type DuplicateResult = { ok: true; list: Routine[]; id: string; routine: Routine } | { ok: false; errors: ValidationError[] };

export type DeleteResult =
  { ok: true; list: Routine[]; removed: Routine; index: number } | { ok: false; reason: 'not-found' | 'built-in'; message: string };

const MISSING_MESSAGE = 'That routine no longer exists.';
const BUILT_IN_DELETE_MESSAGE = 'Built-in routines cannot be deleted. Duplicate one if you want your own version.';

function cloneRoutine(routine: Routine): Routine {
  return { ...routine, steps: routine.steps.map((step) => ({ ...step })) };
}

function codePoints(s: string): string[] {
  return [...s];
}

/** `base (label)`, `base (label 2)`, … — the first not already used, kept within the name limit. */
export function uniqueName(base: string, label: string, list: readonly Pick<Routine, 'name'>[]): string {
  const taken = new Set(list.map((r) => r.name));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (${label})` : ` (${label} ${n})`;
    const room = ROUTINE_LIMITS.nameMaxChars - codePoints(suffix).length;
    const head = codePoints(base).slice(0, room).join('').trimEnd();
    const candidate = head + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

function freshId(taken: ReadonlySet<string>, newId: () => string): string {
  let id = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    id = String(newId());
    if (id !== '' && !taken.has(id) && !isBuiltInId(id)) return id;
  }
  const base = id || 'id';
  let n = 2;
  while (taken.has(`${base}-${n}`) || isBuiltInId(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function routineIds(list: readonly Routine[]): Set<string> {
  return new Set(list.map((r) => r.id));
}

function materializeSteps(steps: readonly RoutineStepInput[], newId: () => string): RoutineStep[] {
  const taken = new Set(steps.flatMap((s) => (s.id === undefined ? [] : [s.id])));
  return steps.map((step) => {
    let id = step.id;
    if (id === undefined) {
      id = freshId(taken, newId);
      taken.add(id);
    }
    return { id, movementId: step.movementId, durationSec: step.durationSec, sides: step.sides, restAfterSec: step.restAfterSec };
  });
}

/** The editable part of a routine, in the shape `saveRoutine` expects. */
export function toRoutineInput(routine: Routine): RoutineInput {
  return {
    id: routine.id,
    name: routine.name,
    phase: routine.phase,
    steps: routine.steps.map(({ id, movementId, durationSec, sides, restAfterSec }) => ({
      id,
      movementId,
      durationSec,
      sides,
      restAfterSec,
    })),
  };
}

function isReadOnly(routine: Routine | undefined, id: string): boolean {
  return isBuiltInId(id) || routine?.builtIn === true;
}

function newRoutine(list: readonly Routine[], value: RoutineInput, name: string, ctx: LibraryContext): Routine {
  return {
    id: freshId(routineIds(list), ctx.newId),
    name,
    phase: value.phase,
    steps: materializeSteps(value.steps, ctx.newId),
    builtIn: false,
    updatedAt: ctx.now.toISOString(),
  };
}

/** Validates `input` and adds it as a new routine at the end (any `id` in the input is ignored). */
export function createRoutine(list: readonly Routine[], input: unknown, ctx: LibraryContext): SaveResult {
  const checked = validateRoutineInput(input, ctx.movements);
  if (!checked.ok) return checked;
  const routine = newRoutine(list, checked.value, checked.value.name, ctx);
  return { ok: true, list: [...list, routine], id: routine.id, routine, outcome: 'created' };
}

/**
 * Validates and saves editor input.
 * - No id, or an id that is not in the list: a new routine is added at the end.
 * - The id of a user routine: it is replaced in place (same id, new `updatedAt`).
 * - The id of a built-in: the built-in is left untouched and a copy is inserted after it; when
 *   the name was not changed the copy is called e.g. "Before the run (my copy)". Use the
 *   returned `id` to follow the copy.
 */
export function saveRoutine(list: readonly Routine[], input: unknown, ctx: LibraryContext): SaveResult {
  const checked = validateRoutineInput(input, ctx.movements);
  if (!checked.ok) return checked;
  const value = checked.value;
  if (value.id === undefined) return createRoutine(list, value, ctx);

  const index = list.findIndex((r) => r.id === value.id);
  const existing = index >= 0 ? list[index] : undefined;

  if (isReadOnly(existing, value.id)) {
    const original = existing ?? builtInById(value.id);
    const name = original !== undefined && value.name === original.name ? uniqueName(value.name, 'my copy', list) : value.name;
    const routine = newRoutine(list, value, name, ctx);
    const next = [...list];
    next.splice(index >= 0 ? index + 1 : next.length, 0, routine);
    return { ok: true, list: next, id: routine.id, routine, outcome: 'copied' };
  }

  if (existing === undefined) return createRoutine(list, value, ctx);

  const routine: Routine = {
    id: existing.id,
    name: value.name,
    phase: value.phase,
    steps: materializeSteps(value.steps, ctx.newId),
    builtIn: false,
    updatedAt: ctx.now.toISOString(),
  };
  const next = [...list];
  next[index] = routine;
  return { ok: true, list: next, id: routine.id, routine, outcome: 'updated' };
}

/** Copies a routine (built-in or not) as a user routine named "… (copy)", placed right after it. */
export function duplicateRoutine(list: readonly Routine[], id: string, ctx: LibraryContext): DuplicateResult {
  const index = list.findIndex((r) => r.id === id);
  const original = list[index];
  if (original === undefined) return { ok: false, errors: [{ path: 'id', message: MISSING_MESSAGE }] };
  const routine: Routine = {
    ...cloneRoutine(original),
    id: freshId(routineIds(list), ctx.newId),
    name: uniqueName(original.name, 'copy', list),
    builtIn: false,
    updatedAt: ctx.now.toISOString(),
  };
  const next = [...list];
  next.splice(index + 1, 0, routine);
  return { ok: true, list: next, id: routine.id, routine };
}

/** Removes a user routine. Returns it with its index so the UI can offer undo via `restoreRoutine`. */
export function deleteRoutine(list: readonly Routine[], id: string): DeleteResult {
  const index = list.findIndex((r) => r.id === id);
  const removed = list[index];
  if (removed === undefined) return { ok: false, reason: 'not-found', message: MISSING_MESSAGE };
  if (isReadOnly(removed, id)) return { ok: false, reason: 'built-in', message: BUILT_IN_DELETE_MESSAGE };
  const next = [...list];
  next.splice(index, 1);
  return { ok: true, list: next, removed, index };
}

/**
 * Undo for `deleteRoutine`: puts the routine back at `index` (clamped to the list).
 * If a routine with the same id is already there, the list is returned unchanged (as a copy).
 */
export function restoreRoutine(list: readonly Routine[], routine: Routine, index: number): Routine[] {
  const next = [...list];
  if (next.some((r) => r.id === routine.id)) return next;
  const at = Number.isFinite(index) ? Math.min(Math.max(Math.trunc(index), 0), next.length) : next.length;
  next.splice(at, 0, routine);
  return next;
}

function sameSteps(a: readonly RoutineStep[], b: readonly RoutineStep[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i];
      return (
        t !== undefined &&
        s.id === t.id &&
        s.movementId === t.movementId &&
        s.durationSec === t.durationSec &&
        s.sides === t.sides &&
        s.restAfterSec === t.restAfterSec &&
        Object.keys(s).length === 5
      );
    })
  );
}

/** True when `routine` is exactly the canonical built-in with its id. */
export function isPristineBuiltIn(routine: Routine): boolean {
  const canonical = builtInById(routine.id);
  return (
    canonical !== undefined &&
    routine.name === canonical.name &&
    routine.phase === canonical.phase &&
    routine.builtIn === true &&
    routine.updatedAt === canonical.updatedAt &&
    Array.isArray(routine.steps) &&
    sameSteps(routine.steps, canonical.steps)
  );
}

/**
 * Brings back every built-in (missing or altered ones are replaced by the canonical version) and
 * keeps all user routines in their order. Built-ins come first, in their standard order. An
 * entry still flagged built-in whose id is no longer a built-in is kept as a user routine so it
 * can be edited or deleted.
 */
export function restoreBuiltIns(list: readonly Routine[]): Routine[] {
  const builtIns = BUILTIN_ROUTINES.map((canonical) => {
    const current = list.find((r) => r.id === canonical.id);
    return current !== undefined && isPristineBuiltIn(current) ? current : cloneRoutine(canonical);
  });
  const users = list.filter((r) => !isBuiltInId(r.id)).map((r) => (r.builtIn ? { ...r, builtIn: false } : r));
  return [...builtIns, ...users];
}

/** Routines split by phase; built-ins first (standard order), then user routines in list order. */
export function routinesByPhase(list: readonly Routine[]): Record<RoutinePhase, Routine[]> {
  const order = (r: Routine): number => {
    const i = BUILTIN_ROUTINES.findIndex((b) => b.id === r.id);
    return i >= 0 && r.builtIn ? i : BUILTIN_ROUTINES.length;
  };
  // Array.prototype.sort is stable, so routines of the same rank keep their order in the list.
  const sorted = [...list].sort((a, b) => order(a) - order(b));
  return {
    before: sorted.filter((r) => r.phase === 'before'),
    after: sorted.filter((r) => r.phase === 'after'),
  };
}
