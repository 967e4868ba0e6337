/**
 * Validation of routine input coming from the editor, disk or IPC.
 * `validateRoutineInput` never throws, whatever it is given.
 */
// zod/mini: the same checks as zod, in a form the renderer's bundle can leave mostly out (the editor validates as the runner types).
import * as z from 'zod/mini';
import { movementById } from './catalog';
import { CATALOG_LOOKUP, type MovementLookup } from './movement-lookup';
import { OWN_ID_PATTERN } from './own-movements';
import { ROUTINE_LIMITS as LIMITS } from './limits';

export interface ValidationError {
  /** Dot path to the field ('' for the routine itself), e.g. 'steps.2.durationSec'. */
  path: string;
  /** A sentence the editor can show as is. */
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** Keys that could reach an object's prototype if some code copied them blindly. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const MESSAGES = {
  notARoutine: 'This is not a routine the app can read.',
  notAStep: 'Each step needs a movement, a duration, the sides and a rest.',
  nameRequired: 'Give the routine a name.',
  nameTooLong: `Keep the name to ${LIMITS.nameMaxChars} characters or fewer.`,
  nameOneLine: 'Keep the name on one line, without control characters.',
  idInvalid: 'The routine id is not valid.',
  phase: 'Choose whether the routine is for before or after the run.',
  stepsRequired: 'Add at least one step.',
  tooManySteps: `A routine can have at most ${LIMITS.maxSteps} steps.`,
  stepIdInvalid: 'The step id is not valid.',
  stepIdDuplicate: 'Two steps share the same id.',
  movementRequired: 'Choose a movement for this step.',
  movementUnknown: 'That movement is not in the catalog or among your own movements.',
  durationRequired: 'Set how long the step lasts, in seconds.',
  durationWhole: 'Use whole seconds for how long a step lasts.',
  durationMin: `A step must last at least ${LIMITS.stepMinSec} seconds.`,
  durationMax: `A step can last at most ${LIMITS.stepMaxSec / 60} minutes.`,
  sides: 'Choose whether the step is done once or on each side.',
  restRequired: 'Set the rest after the step, in seconds (0 for none).',
  restWhole: 'Use whole seconds for the rest.',
  restMin: 'Rest cannot be negative.',
  restMax: `Rest after a step can be at most ${LIMITS.restMaxSec / 60} minutes.`,
  unknownKey: (key: string) => `“${key}” is not an allowed field.`,
  tooDeep: 'This routine is nested too deeply to be read.',
} as const;

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const charCount = (s: string): number => [...s].length;

const id = (message: string) => z.string({ error: message }).check(z.trim(), z.minLength(1, message), z.maxLength(100, message));

/** Whole seconds within limits: not a number says `required`; a fraction says `whole` (and the limits still apply). */
const seconds = (messages: { required: string; whole: string; min: string; max: string }, min: number, max: number) =>
  z.number({ error: messages.required }).check(z.int({ error: messages.whole }), z.gte(min, messages.min), z.lte(max, messages.max));

/** Whether a step's movement id names a movement that can be used. */
type KnownMovement = (id: string) => boolean;

const stepInputSchema = (known: KnownMovement) =>
  z.strictObject(
    {
      id: z.optional(id(MESSAGES.stepIdInvalid)),
      movementId: z
        .string({ error: MESSAGES.movementRequired })
        .check(z.minLength(1, MESSAGES.movementRequired), z.refine(known, MESSAGES.movementUnknown)),
      durationSec: seconds(
        { required: MESSAGES.durationRequired, whole: MESSAGES.durationWhole, min: MESSAGES.durationMin, max: MESSAGES.durationMax },
        LIMITS.stepMinSec,
        LIMITS.stepMaxSec,
      ),
      sides: z.enum(['one', 'each'], { error: MESSAGES.sides }),
      restAfterSec: z._default(
        seconds(
          { required: MESSAGES.restRequired, whole: MESSAGES.restWhole, min: MESSAGES.restMin, max: MESSAGES.restMax },
          LIMITS.restMinSec,
          LIMITS.restMaxSec,
        ),
        0,
      ),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? MESSAGES.notAStep : undefined) },
  );

/**
 * What the editor submits. `id` names the routine being edited; leave it out for a new one.
 * Step ids are optional (missing ones are generated on save); `restAfterSec` defaults to 0.
 */
function makeRoutineInputSchema(known: KnownMovement) {
  return z
    .strictObject(
      {
        id: z.optional(id(MESSAGES.idInvalid)),
        name: z.string({ error: MESSAGES.nameRequired }).check(
          z.trim(),
          z.minLength(LIMITS.nameMinChars, MESSAGES.nameRequired),
          z.refine((value) => charCount(value) <= LIMITS.nameMaxChars, MESSAGES.nameTooLong),
          z.refine((value) => !CONTROL_CHARS.test(value), MESSAGES.nameOneLine),
        ),
        phase: z.enum(['before', 'after'], { error: MESSAGES.phase }),
        steps: z
          .array(stepInputSchema(known), { error: MESSAGES.stepsRequired })
          .check(z.minLength(LIMITS.minSteps, MESSAGES.stepsRequired), z.maxLength(LIMITS.maxSteps, MESSAGES.tooManySteps)),
      },
      { error: (issue) => (issue.code === 'invalid_type' ? MESSAGES.notARoutine : undefined) },
    )
    .check(
      z.superRefine((routine, ctx) => {
        const seen = new Set<string>();
        routine.steps.forEach((step, index) => {
          if (step.id === undefined) return;
          if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: MESSAGES.stepIdDuplicate });
          seen.add(step.id);
        });
      }),
    );
}

/**
 * The routine schema at the IPC boundary, where main's own movements are not at hand: catalog ids,
 * or ids shaped like an own movement's. Main then checks those exist (`validateRoutineInput` with its lookup).
 */
export const routineInputSchema = makeRoutineInputSchema((id) => movementById(id) !== undefined || OWN_ID_PATTERN.test(id));

/**
 * Pass as the lookup to accept any own-shaped movement id: for routines read back from disk, so that a
 * lost movements file never takes the routines with it (their steps then show the id as the name).
 */
export const ANY_OWN_ID = 'any-own-id';

const CATALOG_SCHEMA = makeRoutineInputSchema((id) => CATALOG_LOOKUP.byId(id) !== undefined);

export type RoutineInput = z.output<typeof routineInputSchema>;
export type RoutineStepInput = RoutineInput['steps'][number];

const joinPath = (path: readonly PropertyKey[]): string => path.map((p) => String(p)).join('.');

/**
 * Walks the raw value before zod sees it: only plain objects and arrays, no prototype-pollution
 * keys, bounded depth, and no huge step arrays (so a hostile input cannot make us do much work).
 */
function screen(value: unknown, path: PropertyKey[], depth: number, errors: ValidationError[]): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > 4) {
    errors.push({ path: joinPath(path), message: MESSAGES.tooDeep });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > LIMITS.maxSteps) {
      const isSteps = path.length === 1 && path[0] === 'steps';
      errors.push({ path: joinPath(path), message: isSteps ? MESSAGES.tooManySteps : MESSAGES.notARoutine });
      return;
    }
    for (let i = 0; i < value.length; i++) screen(value[i], [...path, i], depth + 1, errors);
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    errors.push({ path: joinPath(path), message: path.length === 0 ? MESSAGES.notARoutine : MESSAGES.notAStep });
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') continue;
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ path: joinPath([...path, key]), message: MESSAGES.unknownKey(key) });
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && !('value' in descriptor)) {
      // Accessors are not plain data; never call them.
      errors.push({ path: joinPath([...path, key]), message: MESSAGES.notARoutine });
      continue;
    }
    screen(descriptor?.value, [...path, key], depth + 1, errors);
  }
}

function toErrors(issues: readonly z.core.$ZodIssue[]): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: joinPath([...issue.path, key]), message: MESSAGES.unknownKey(key) });
    } else {
      errors.push({ path: joinPath(issue.path), message: issue.message });
    }
  }
  // One message per path and text is enough for the editor.
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Checks editor input. Returns the cleaned value (trimmed name, defaults filled) or readable errors.
 * Step movements must be in `movements` (the catalog alone unless own movements are passed, or ANY_OWN_ID).
 */
export function validateRoutineInput(
  input: unknown,
  movements: MovementLookup | typeof ANY_OWN_ID = CATALOG_LOOKUP,
): ValidationResult<RoutineInput> {
  try {
    const screened: ValidationError[] = [];
    screen(input, [], 0, screened);
    if (screened.length > 0) return { ok: false, errors: screened };
    const schema =
      movements === ANY_OWN_ID
        ? routineInputSchema
        : movements === CATALOG_LOOKUP
          ? CATALOG_SCHEMA
          : makeRoutineInputSchema((id) => movements.byId(id) !== undefined);
    const result = z.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, errors: toErrors(result.error.issues) };
  } catch {
    // Proxies and other exotic objects can throw from any property access.
    return { ok: false, errors: [{ path: '', message: MESSAGES.notARoutine }] };
  }
}
