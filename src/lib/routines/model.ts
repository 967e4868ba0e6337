/**
 * The routine model: one import for the UI and the main process.
 * Pure TypeScript (no DOM, no Electron); split across the files re-exported below.
 */
export type { Movement, MovementKind, Routine, RoutinePhase, RoutineStep, StepSides } from './types';
export { MOVEMENTS, movementById, movementsOfKind, DEFAULT_DURATION_SEC, KIND_NOTES } from './catalog';
export { BUILTIN_ROUTINES, BUILTIN_IDS, BUILTIN_UPDATED_AT, builtInById, isBuiltInId } from './builtins';
export { ROUTINE_LIMITS, DEFAULT_SWITCH_SIDES_SEC, PRE_RUN_STATIC_HOLD_LIMIT_SEC } from './limits';
export { routineTotalSec, stepActiveSec, type TotalOptions, type TimedStep } from './totals';
export {
  routineInputSchema,
  validateRoutineInput,
  type RoutineInput,
  type RoutineStepInput,
  type ValidationError,
  type ValidationResult,
} from './validation';
export {
  saveRoutine,
  createRoutine,
  duplicateRoutine,
  deleteRoutine,
  restoreRoutine,
  restoreBuiltIns,
  routinesByPhase,
  isPristineBuiltIn,
  toRoutineInput,
  type LibraryContext,
  type SaveOutcome,
  type SaveResult,
  type DuplicateResult,
  type DeleteResult,
} from './library';
export { preRunStaticHoldWarnings, type StaticHoldWarning } from './warnings';
export { moveStep, addStep, removeStep, updateStep, type StepPatch } from './steps';
