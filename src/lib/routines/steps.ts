/**
 * Step editing helpers for the routine editor. Pure: each returns a new array and leaves the
 * input alone. Invalid requests (bad index, unknown id or movement, full routine) return an
 * unchanged copy, so the editor can call them without guarding; values in a patch are checked
 * by `validateRoutineInput` on save, not here.
 */
import { ROUTINE_LIMITS } from './limits';
import { CATALOG_LOOKUP, type MovementLookup } from './movement-lookup';
import type { RoutineStep } from './types';

/** What `updateStep` may change (the step id is fixed). */
export type StepPatch = Partial<Pick<RoutineStep, 'movementId' | 'durationSec' | 'sides' | 'restAfterSec'>>;

const isIndex = (n: number, length: number): boolean => Number.isInteger(n) && n >= 0 && n < length;

/** Moves the step at `from` so that it ends up at index `to`. */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  const next = [...steps];
  if (!isIndex(from, next.length) || !isIndex(to, next.length) || from === to) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/**
 * Appends a step for `movementId` with id `newId`, using the movement's default duration and
 * sides ('each' for per-side movements) and no rest. Unchanged when the movement is unknown,
 * the id is empty or already used, or the routine already has the maximum number of steps.
 */
export function addStep(
  steps: readonly RoutineStep[],
  movementId: string,
  newId: string,
  movements: MovementLookup = CATALOG_LOOKUP,
): RoutineStep[] {
  const next = [...steps];
  const movement = movements.byId(movementId);
  if (movement === undefined || typeof newId !== 'string' || newId === '') return next;
  if (next.length >= ROUTINE_LIMITS.maxSteps || next.some((s) => s.id === newId)) return next;
  next.push({
    id: newId,
    movementId: movement.id,
    durationSec: movement.defaultDurationSec,
    sides: movement.perSide ? 'each' : 'one',
    restAfterSec: 0,
  });
  return next;
}

/** Removes the step with this id. */
export function removeStep(steps: readonly RoutineStep[], stepId: string): RoutineStep[] {
  return steps.filter((s) => s.id !== stepId);
}

/** Applies `patch` to the step with this id (any `id` in the patch is ignored). */
export function updateStep(steps: readonly RoutineStep[], stepId: string, patch: StepPatch): RoutineStep[] {
  const { movementId, durationSec, sides, restAfterSec } = patch;
  return steps.map((s) => {
    if (s.id !== stepId) return s;
    const updated = { ...s };
    if (movementId !== undefined) updated.movementId = movementId;
    if (durationSec !== undefined) updated.durationSec = durationSec;
    if (sides !== undefined) updated.sides = sides;
    if (restAfterSec !== undefined) updated.restAfterSec = restAfterSec;
    return updated;
  });
}
