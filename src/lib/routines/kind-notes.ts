/** Where the back-wheel care note (KIND_NOTES.wheel) is shown: once per list, at the first wheel step. */
import { CATALOG_LOOKUP, type MovementLookup } from './movement-lookup';
import type { RoutineStep } from './types';

function isWheel(movementId: string, movements: MovementLookup): boolean {
  return movements.byId(movementId)?.kind === 'wheel';
}

/** The index of the routine's first wheel step, or -1 when it has none. */
export function firstWheelStepIndex(steps: readonly Pick<RoutineStep, 'movementId'>[], movements: MovementLookup = CATALOG_LOOKUP): number {
  return steps.findIndex((s) => isWheel(s.movementId, movements));
}

/** True when any of these movements (by id) is a wheel movement. */
export function includesWheel(movementIds: Iterable<string>, movements: MovementLookup = CATALOG_LOOKUP): boolean {
  for (const id of movementIds) if (isWheel(id, movements)) return true;
  return false;
}
