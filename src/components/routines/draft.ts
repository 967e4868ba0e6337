/**
 * The editor's working copy of a routine and how its validation errors map onto fields.
 * Validation itself is `validateRoutineInput`; the step edits are the helpers in lib/routines/steps.
 */
import { fieldName } from '../../lib/ipc/field-words';
import { movementName } from '../../stores/movements.svelte';
import { toRoutineInput } from '../../lib/routines/library';
import type { Routine, RoutinePhase, RoutineStep } from '../../lib/routines/types';
import { errorTarget, type StepField } from '../../lib/routines/shown-errors';
import type { ValidationError } from '../../lib/routines/validation';

/** Durations and rests may be NaN while a field is empty; validation then names the field. */
export interface Draft {
  name: string;
  phase: RoutinePhase;
  steps: RoutineStep[];
}

export function draftFromRoutine(routine: Routine): Draft {
  const input = toRoutineInput(routine);
  return {
    name: input.name,
    phase: input.phase,
    steps: input.steps.map((s, i) => ({ ...s, id: s.id ?? `step-${i + 1}` })),
  };
}

export function emptyDraft(phase: RoutinePhase): Draft {
  return { name: '', phase, steps: [] };
}

/** What goes to `validateRoutineInput` and then to main: the routine's id only when editing one. */
export function draftInput(draft: Draft, routineId: string | null): Record<string, unknown> {
  return {
    ...(routineId === null ? {} : { id: routineId }),
    name: draft.name,
    phase: draft.phase,
    steps: draft.steps.map(({ id, movementId, durationSec, sides, restAfterSec }) => ({
      id,
      movementId,
      durationSec,
      sides,
      restAfterSec,
    })),
  };
}

/** Plain snapshot for comparing a draft with what was loaded (NaN and empty compare equal, which is fine). */
export function snapshot(draft: Draft): string {
  return JSON.stringify(draftInput(draft, null));
}

export { movementName };

/**
 * The name each step goes by in labels ("Move Lying hamstring stretch up"): the movement's name,
 * with its position added when the same movement appears more than once.
 */
export function stepLabels(steps: readonly RoutineStep[]): string[] {
  const counts = new Map<string, number>();
  for (const s of steps) counts.set(s.movementId, (counts.get(s.movementId) ?? 0) + 1);
  return steps.map((s, i) => {
    const name = movementName(s.movementId);
    return (counts.get(s.movementId) ?? 0) > 1 ? `${name} (step ${i + 1})` : name;
  });
}

let counter = 0;

/** A step id not used in `steps` (main keeps the ids it is given). */
export function newStepId(steps: readonly RoutineStep[]): string {
  const taken = new Set(steps.map((s) => s.id));
  let id: string;
  do {
    counter += 1;
    id = `step-${Date.now().toString(36)}-${counter.toString(36)}`;
  } while (taken.has(id));
  return id;
}

export { errorTarget, typedErrors, type ErrorTarget, type StepField } from '../../lib/routines/shown-errors';

/** "Name", "Steps", "Step 2 (Lying hamstring stretch), duration", … for the error summary. */
export function errorPlace(path: string, steps: readonly RoutineStep[]): string {
  const target = errorTarget(path);
  switch (target.kind) {
    case 'name':
      return 'Name';
    case 'steps':
      return 'Steps';
    case 'routine':
      return 'Routine';
    case 'step': {
      const step = steps[target.index];
      const what = step ? `Step ${target.index + 1} (${movementName(step.movementId)})` : `Step ${target.index + 1}`;
      const field = target.field ? fieldName(path) : null;
      return field ? `${what}, ${field.toLowerCase()}` : what;
    }
  }
}

/** Messages for one step, by field; `step` holds those about the step as a whole. */
export interface StepMessages {
  durationSec: string[];
  restAfterSec: string[];
  sides: string[];
  step: string[];
}

/** Splits validation messages by step index for the step cards. */
export function stepMessages(errors: readonly ValidationError[], stepCount: number): StepMessages[] {
  const out: StepMessages[] = Array.from({ length: stepCount }, () => ({ durationSec: [], restAfterSec: [], sides: [], step: [] }));
  for (const e of errors) {
    const target = errorTarget(e.path);
    if (target.kind !== 'step') continue;
    const slot = out[target.index];
    if (!slot) continue;
    if (target.field === 'durationSec' || target.field === 'restAfterSec' || target.field === 'sides') slot[target.field].push(e.message);
    else slot.step.push(e.message);
  }
  return out;
}

/** The control inside a step that an error about `field` takes the runner to ('step': the step itself). */
export function focusControl(field: StepField | null): string {
  if (field === 'durationSec') return 'duration';
  if (field === 'restAfterSec') return 'rest';
  if (field === 'sides') return 'sides';
  return 'step';
}
