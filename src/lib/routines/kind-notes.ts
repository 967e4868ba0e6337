/** Where the back-wheel care note (KIND_NOTES.wheel) is shown: once per list, at the first wheel step. */
import { movementById } from './catalog';
import type { RoutineStep } from './types';

function isWheel(movementId: string): boolean {
  return movementById(movementId)?.kind === 'wheel';
}

/** The index of the routine's first wheel step, or -1 when it has none. */
export function firstWheelStepIndex(steps: readonly Pick<RoutineStep, 'movementId'>[]): number {
  return steps.findIndex((s) => isWheel(s.movementId));
}

/** True when any of these movements (by id) is a wheel movement. */
export function includesWheel(movementIds: Iterable<string>): boolean {
  for (const id of movementIds) if (isWheel(id)) return true;
  return false;
}
