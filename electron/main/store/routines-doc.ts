/** The routines store file: the built-ins (as they ship) and the runner's own routines. */
import { storedVersion } from './doc-store';
import { WrongShapeError } from './store-format';
import { BUILTIN_ROUTINES, isBuiltInId } from '../../../src/lib/routines/builtins';
import type { Routine } from '../../../src/lib/routines/types';
import { ANY_OWN_ID, validateRoutineInput } from '../../../src/lib/routines/validation';

export const ROUTINES_SCHEMA_VERSION = 1;

export interface RoutinesDoc {
  schemaVersion: number;
  routines: Routine[];
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A first launch gets the built-ins; a stored file is read routine by routine, each validated. */
export function parseRoutinesDoc(raw: Record<string, unknown>): RoutinesDoc {
  storedVersion(raw, ROUTINES_SCHEMA_VERSION);
  if (raw.routines !== undefined && !Array.isArray(raw.routines)) throw new WrongShapeError('its list of routines is not a list');
  if (raw.routines === undefined) {
    return { schemaVersion: ROUTINES_SCHEMA_VERSION, routines: BUILTIN_ROUTINES.map(cloneRoutine) };
  }
  const routines: Routine[] = [];
  for (const stored of raw.routines as unknown[]) {
    const routine = readStoredRoutine(stored);
    if (!routine) throw new Error('routines.json holds a routine that is not valid.');
    routines.push(routine);
  }
  return { schemaVersion: ROUTINES_SCHEMA_VERSION, routines };
}

function readStoredRoutine(stored: unknown): Routine | null {
  if (!stored || typeof stored !== 'object') return null;
  const { builtIn, updatedAt, ...input } = stored as Record<string, unknown>;
  const checked = validateRoutineInput(input, ANY_OWN_ID);
  if (!checked.ok || typeof checked.value.id !== 'string' || typeof updatedAt !== 'string' || !INSTANT.test(updatedAt)) return null;
  const steps = checked.value.steps.map((step, index) => ({ ...step, id: step.id ?? `step-${index + 1}` }));
  return { ...checked.value, id: checked.value.id, steps, builtIn: builtIn === true && isBuiltInId(checked.value.id), updatedAt };
}

function cloneRoutine(routine: Routine): Routine {
  return { ...routine, steps: routine.steps.map((step) => ({ ...step })) };
}
