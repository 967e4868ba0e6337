/**
 * Zod schemas for history records. Main validates every IPC argument and every imported record
 * with these, so they are strict: unknown keys are rejected and every field has a bounded range.
 *
 * Every issue carries a short human message ("must be a whole number from 0 to 10"); use
 * `formatZodError` to turn a failed parse into one line that names the field paths.
 */
import * as z from 'zod';
import { isLocalDate, isLocalDateOfInstant, isPlausibleLocalDate } from './dates';
import { cleanText } from './text';
import { PAIN_KINDS, PAIN_LOCATIONS, RED_FLAGS } from './types';
import { distinctList, record, say } from './schema-parts';
import { avgHeartRateSchema, climbMSchema, painkillerNoteSchema, painkillerRule, spotPainSchema, treatmentsSchema } from './schema-diary';
import type { CheckIn, RoutineRun, Session } from './types';

import {
  ID_PATTERN,
  MAX_ACTIVE_MS,
  MAX_CROSS_TRAINING_KIND,
  MAX_DISTANCE_KM,
  MAX_DURATION_SEC,
  MAX_NOTE,
  MAX_ROUTINE_NAME,
  MAX_STEPS,
  MAX_PAINKILLER_NOTE,
} from './limits';
export { MAX_PAINKILLER_NOTE };
export { ID_PATTERN, MAX_ACTIVE_MS, MAX_CROSS_TRAINING_KIND, MAX_DISTANCE_KM, MAX_DURATION_SEC, MAX_NOTE, MAX_ROUTINE_NAME, MAX_STEPS };

const idMessage = 'must be 1 to 64 characters, each a letter, digit, _ or -';
export const idSchema = z.string(say(idMessage)).regex(ID_PATTERN, say(idMessage));

const instantMessage = 'must be an ISO date-time such as 2026-11-26T07:30:00.000Z';
const plausibleYears = () => `from 1970 to ${new Date().getUTCFullYear() + 1}`;
/** An ISO 8601 instant with Z or a numeric offset (calendar-checked by zod), in a plausible year. */
export const instantSchema = z.iso
  .datetime({ offset: true, ...say(instantMessage) })
  .refine(isPlausibleInstant, { error: () => `must be a date-time ${plausibleYears()}` });

function isPlausibleInstant(iso: string): boolean {
  const ms = Date.parse(iso);
  return !Number.isNaN(ms) && isPlausibleLocalDate(new Date(ms).toISOString().slice(0, 10));
}

const localDateMessage = 'must be a real calendar date written YYYY-MM-DD';
/** A real calendar date in a plausible year (1970 to next year): the date maths holds for all of them. */
export const localDateSchema = z
  .string(say(localDateMessage))
  .refine(isLocalDate, { ...say(localDateMessage), abort: true })
  .refine((value) => isPlausibleLocalDate(value), { error: () => `must be a date ${plausibleYears()}` });

const painMessage = 'must be a whole number from 0 to 10';
/** A 0–10 numeric-rating-scale pain score, or null when not given. */
export const painSchema = z.int(say(painMessage)).min(0, say(painMessage)).max(10, say(painMessage)).nullable();

export const painLocationsSchema = distinctList(PAIN_LOCATIONS, 'location');
export const painKindsSchema = distinctList(PAIN_KINDS, 'kind');
export const redFlagsSchema = distinctList(RED_FLAGS, 'red flag');

export const dayTypeSchema = z.enum(['run', 'cross', 'rest'], say('must be run, cross or rest'));

const crossKindMessage = `must be text of at most ${MAX_CROSS_TRAINING_KIND} characters`;
const noteMessage = `must be text of at most ${MAX_NOTE} characters`;
const distanceMessage = `must be a distance in km greater than 0 and at most ${MAX_DISTANCE_KM}`;
const durationMessage = `must be a whole number of seconds from 1 to ${MAX_DURATION_SEC} (48 hours)`;

export const distanceKmSchema = z
  .number(say(distanceMessage))
  .gt(0, say(distanceMessage))
  .max(MAX_DISTANCE_KM, say(distanceMessage))
  .nullable();
export const durationSecSchema = z
  .int(say(durationMessage))
  .min(1, say(durationMessage))
  .max(MAX_DURATION_SEC, say(durationMessage))
  .nullable();

const checkInShape = {
  painNow: painSchema,
  painBefore: painSchema,
  locations: painLocationsSchema,
  kinds: painKindsSchema,
  redFlags: redFlagsSchema,
  dayType: dayTypeSchema,
  // Free text is cleaned wherever it is read (form, store file, import), so the UI, CSV and PDF never see control or bidi characters.
  crossTrainingKind: z.string(say(crossKindMessage)).overwrite(cleanText).max(MAX_CROSS_TRAINING_KIND, say(crossKindMessage)),
  distanceKm: distanceKmSchema,
  durationSec: durationSecSchema,
  note: z.string(say(noteMessage)).overwrite(cleanText).max(MAX_NOTE, say(noteMessage)),
  treatments: treatmentsSchema,
  painkillerNote: painkillerNoteSchema(false),
  spotPain: spotPainSchema,
  avgHeartRate: avgHeartRateSchema,
  climbM: climbMSchema,
};

/** A stored check-in (field rules, and a painkiller's note only with a painkiller: no record we wrote breaks either). */
export const checkInSchema = record(checkInShape, 'must be a check-in object').superRefine((value, ctx) => {
  painkillerRule(value, (issue) => ctx.addIssue(issue));
});

/**
 * What the check-in form sends. Same fields as a stored check-in, plus form rules:
 * text is trimmed (limits apply after trimming), cross-training kind is only for cross days,
 * distance and duration only for run days. Output is a `CheckIn` ready to store.
 */
export const checkInInputSchema = record(
  {
    ...checkInShape,
    crossTrainingKind: z.string(say(crossKindMessage)).overwrite(cleanText).trim().max(MAX_CROSS_TRAINING_KIND, say(crossKindMessage)),
    note: z.string(say(noteMessage)).overwrite(cleanText).trim().max(MAX_NOTE, say(noteMessage)),
    painkillerNote: painkillerNoteSchema(true),
  },
  'must be a check-in object',
).superRefine((value, ctx) => {
  if (value.dayType !== 'cross' && value.crossTrainingKind !== '') {
    ctx.addIssue({ code: 'custom', path: ['crossTrainingKind'], message: 'is only for cross-training days' });
  }
  if (value.dayType !== 'run') {
    if (value.distanceKm !== null) ctx.addIssue({ code: 'custom', path: ['distanceKm'], message: 'is only for run days' });
    if (value.durationSec !== null) ctx.addIssue({ code: 'custom', path: ['durationSec'], message: 'is only for run days' });
    if (value.avgHeartRate !== null) ctx.addIssue({ code: 'custom', path: ['avgHeartRate'], message: 'is only for run days' });
    if (value.climbM !== null) ctx.addIssue({ code: 'custom', path: ['climbM'], message: 'is only for run days' });
  }
  painkillerRule(value, (issue) => ctx.addIssue(issue));
});
export type CheckInInput = z.input<typeof checkInInputSchema>;

const nameMessage = `must be text of 1 to ${MAX_ROUTINE_NAME} characters`;
const stepsMessage = `must be a whole number from 0 to ${MAX_STEPS}`;
const activeMessage = `must be a number of milliseconds from 0 to ${MAX_ACTIVE_MS}`;

export const routineRunSchema = record(
  {
    routineId: idSchema,
    routineName: z.string(say(nameMessage)).overwrite(cleanText).min(1, say(nameMessage)).max(MAX_ROUTINE_NAME, say(nameMessage)),
    phase: z.enum(['before', 'after'], say('must be before or after')),
    startedAt: instantSchema,
    endedAt: instantSchema,
    stepsDone: z.int(say(stepsMessage)).min(0, say(stepsMessage)).max(MAX_STEPS, say(stepsMessage)),
    stepsSkipped: z.int(say(stepsMessage)).min(0, say(stepsMessage)).max(MAX_STEPS, say(stepsMessage)),
    // Not required to be whole: it may come from performance.now() differences.
    activeMs: z.number(say(activeMessage)).min(0, say(activeMessage)).max(MAX_ACTIVE_MS, say(activeMessage)),
  },
  'must be a routine object or null',
);

export const sessionSchema = record(
  {
    id: idSchema,
    startedAt: instantSchema,
    localDate: localDateSchema,
    routine: routineRunSchema.nullable(),
    checkIn: checkInSchema.nullable(),
    updatedAt: instantSchema,
  },
  'must be a session object',
).superRefine((session, ctx) => {
  // A localDate no time zone could give (more than 14 h from startedAt) would file the session on a wrong day.
  if (!isLocalDateOfInstant(session.localDate, session.startedAt)) {
    ctx.addIssue({ code: 'custom', path: ['localDate'], message: `is not the date of startedAt (${session.startedAt}) in any time zone` });
  }
});

// Compile-time proof that the schemas produce exactly the domain types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof checkInSchema>, CheckIn>,
  Same<z.output<typeof checkInInputSchema>, CheckIn>,
  Same<z.output<typeof routineRunSchema>, RoutineRun>,
  Same<z.output<typeof sessionSchema>, Session>,
  Same<z.input<typeof sessionSchema>, Session>,
] = [true, true, true, true, true];
void sameTypes;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export interface FormatZodErrorOptions {
  /** Prepended to every path, e.g. "sessions[12]" or "checkIn". */
  pathPrefix?: string;
  /** At most this many problems are listed (default 3); the rest are counted. */
  maxIssues?: number;
}

/**
 * A short human message for a failed parse, listing each problem as "path: problem" and
 * separated by "; ", e.g. "checkIn.painNow: must be a whole number from 0 to 10".
 */
export function formatZodError(err: z.core.$ZodError, options: FormatZodErrorOptions = {}): string {
  const { pathPrefix = '', maxIssues = 3 } = options;
  const issues = err.issues;
  if (issues.length === 0) return pathPrefix ? `${pathPrefix}: is invalid` : 'is invalid';
  const shown = issues.slice(0, Math.max(1, maxIssues)).map((issue) => {
    const rel = formatPath(issue.path);
    const path = pathPrefix && rel ? (rel.startsWith('[') ? pathPrefix + rel : `${pathPrefix}.${rel}`) : pathPrefix || rel;
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const hidden = issues.length - shown.length;
  return shown.join('; ') + (hidden > 0 ? ` (and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'})` : '');
}
