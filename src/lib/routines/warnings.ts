/** Gentle editor hints: advice, never validation errors. */
import { CATALOG_LOOKUP, type MovementLookup } from './movement-lookup';
import { PRE_RUN_STATIC_HOLD_LIMIT_SEC } from './limits';
import type { RoutinePhase, RoutineStep } from './types';

export interface StaticHoldWarning {
  stepId: string;
  stepIndex: number;
  movementId: string;
  movementName: string;
  /** Hold per side (or for the whole step when done once). */
  durationSec: number;
  message: string;
}

/**
 * For a 'before' routine, the static stretches held longer than about a minute per side.
 * Long static holds suit the cool-down; before a run, dynamic moves prepare the body better.
 * Always empty for 'after' routines.
 */
export function preRunStaticHoldWarnings(
  routine: {
    phase: RoutinePhase;
    steps: readonly (Pick<RoutineStep, 'movementId' | 'durationSec'> & { id?: string })[];
  },
  movements: MovementLookup = CATALOG_LOOKUP,
): StaticHoldWarning[] {
  if (routine.phase !== 'before') return [];
  const warnings: StaticHoldWarning[] = [];
  routine.steps.forEach((step, stepIndex) => {
    const movement = movements.byId(step.movementId);
    if (movement?.kind !== 'static' || !(step.durationSec > PRE_RUN_STATIC_HOLD_LIMIT_SEC)) return;
    warnings.push({
      stepId: step.id ?? '',
      stepIndex,
      movementId: movement.id,
      movementName: movement.name,
      durationSec: step.durationSec,
      message: `${movement.name} is held for ${step.durationSec} s. Holds longer than about a minute suit the cool-down better; before a run, keep static holds short or use a dynamic move instead.`,
    });
  });
  return warnings;
}
