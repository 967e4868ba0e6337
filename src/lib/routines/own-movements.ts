/**
 * The runner's own movements as pure data: checking what the form sends, new ids, and the list
 * changes (save, duplicate, delete) main applies. Nothing here mutates its arguments.
 */
// zod/mini: the movement form checks as the runner types, and the renderer's bundle then leaves most of zod out.
import * as z from 'zod/mini';
import { ROUTINE_LIMITS } from './limits';
import type { OwnMovement, Routine } from './types';
import type { ValidationError, ValidationResult } from './validation';

export const OWN_MOVEMENT_LIMITS = Object.freeze({
  nameMaxChars: 80,
  howToMaxChars: 600,
  cautionMaxChars: 200,
  /** A runner keeps a handful; this bound keeps a hostile file or call small. */
  maxMovements: 200,
});

/** Own ids: "own-" and a random tail, so that they never meet a catalog id. */
export const OWN_ID_PATTERN = /^own-[A-Za-z0-9_-]{1,60}$/;

export const OWN_MOVEMENT_MESSAGES = {
  notAMovement: 'This is not a movement the app can read.',
  nameRequired: 'Give the movement a name.',
  nameTooLong: `Keep the name to ${OWN_MOVEMENT_LIMITS.nameMaxChars} characters or fewer.`,
  nameOneLine: 'Keep the name on one line, without control characters.',
  nameTaken: 'Another movement already has this name. Choose a different one.',
  idInvalid: 'The movement id is not valid.',
  kind: 'Choose what kind of movement it is: dynamic, back wheel, static or other.',
  durationRequired: 'Set how long the movement lasts, in seconds.',
  durationWhole: 'Use whole seconds for how long the movement lasts.',
  durationMin: `A movement must last at least ${ROUTINE_LIMITS.stepMinSec} seconds.`,
  durationMax: `A movement can last at most ${ROUTINE_LIMITS.stepMaxSec / 60} minutes.`,
  perSide: 'Choose whether it is done once or on each side.',
  howToTooLong: `Keep the how-to to ${OWN_MOVEMENT_LIMITS.howToMaxChars} characters or fewer.`,
  cautionTooLong: `Keep the caution to ${OWN_MOVEMENT_LIMITS.cautionMaxChars} characters or fewer.`,
  tooMany: `You can keep at most ${OWN_MOVEMENT_LIMITS.maxMovements} movements of your own.`,
  missing: 'That movement no longer exists.',
} as const;

const M = OWN_MOVEMENT_MESSAGES;

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Text blocks may hold line breaks, never other control characters.
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const chars = (s: string): number => [...s].length;

const text = (max: number, tooLong: string) =>
  z.string({ error: tooLong }).check(
    z.trim(),
    z.refine((v) => chars(v) <= max, tooLong),
    z.refine((v) => !CONTROL_BUT_NEWLINE.test(v), tooLong),
  );

/** What the movement form sends. `id` names the movement being edited; leave it out for a new one. */
export const ownMovementInputSchema = z.strictObject(
  {
    id: z.optional(z.string({ error: M.idInvalid }).check(z.regex(OWN_ID_PATTERN, M.idInvalid))),
    name: z.string({ error: M.nameRequired }).check(
      z.trim(),
      z.minLength(1, M.nameRequired),
      z.refine((v) => chars(v) <= OWN_MOVEMENT_LIMITS.nameMaxChars, M.nameTooLong),
      z.refine((v) => !CONTROL_CHARS.test(v), M.nameOneLine),
    ),
    kind: z.enum(['dynamic', 'wheel', 'static', 'other'], { error: M.kind }),
    defaultDurationSec: z
      .number({ error: M.durationRequired })
      .check(
        z.int({ error: M.durationWhole }),
        z.gte(ROUTINE_LIMITS.stepMinSec, M.durationMin),
        z.lte(ROUTINE_LIMITS.stepMaxSec, M.durationMax),
      ),
    perSide: z.boolean({ error: M.perSide }),
    howTo: z._default(text(OWN_MOVEMENT_LIMITS.howToMaxChars, M.howToTooLong), ''),
    /** Empty or left out: no caution. */
    caution: z.optional(text(OWN_MOVEMENT_LIMITS.cautionMaxChars, M.cautionTooLong)),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? M.notAMovement : undefined) },
);

export type OwnMovementInput = z.input<typeof ownMovementInputSchema>;
export type CheckedOwnMovementInput = z.output<typeof ownMovementInputSchema>;

/** Checks form input; never throws. Errors carry the field ('name', 'defaultDurationSec', …) and a sentence. */
export function validateOwnMovementInput(input: unknown): ValidationResult<CheckedOwnMovementInput> {
  try {
    const result = z.safeParse(ownMovementInputSchema, input);
    if (result.success) return { ok: true, value: result.data };
    const seen = new Set<string>();
    const errors: ValidationError[] = [];
    for (const issue of result.error.issues) {
      const error =
        issue.code === 'unrecognized_keys'
          ? { path: issue.keys.join('.'), message: `“${issue.keys.join(', ')}” is not an allowed field.` }
          : { path: issue.path.map(String).join('.'), message: issue.message };
      if (seen.has(error.path)) continue;
      seen.add(error.path);
      errors.push(error);
    }
    return { ok: false, errors };
  } catch {
    return { ok: false, errors: [{ path: '', message: M.notAMovement }] };
  }
}

/** A fresh own id from a random source (main passes randomUUID). */
export function newOwnMovementId(random: () => string, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const tail =
      String(random())
        .replace(/[^A-Za-z0-9_-]/g, '')
        .slice(0, 60) || 'x';
    const id = `own-${tail}`;
    if (!taken.has(id)) return id;
  }
}

export interface OwnContext {
  now: Date;
  newId: () => string;
}

export type OwnSaveResult = { ok: true; list: OwnMovement[]; movement: OwnMovement } | { ok: false; errors: ValidationError[] };

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Creates (no id, or an id not in the list) or replaces in place; the picture of an edited movement stays. */
export function saveOwnMovement(list: readonly OwnMovement[], input: unknown, ctx: OwnContext): OwnSaveResult {
  const checked = validateOwnMovementInput(input);
  if (!checked.ok) return checked;
  const { id, caution, ...fields } = checked.value;
  const index = id === undefined ? -1 : list.findIndex((m) => m.id === id);
  if (list.some((m, i) => i !== index && sameName(m.name, fields.name))) {
    return { ok: false, errors: [{ path: 'name', message: M.nameTaken }] };
  }
  if (index < 0 && list.length >= OWN_MOVEMENT_LIMITS.maxMovements) return { ok: false, errors: [{ path: '', message: M.tooMany }] };
  const existing = index >= 0 ? list[index] : undefined;
  const movement: OwnMovement = {
    id: existing?.id ?? newOwnMovementId(ctx.newId, new Set(list.map((m) => m.id))),
    ...fields,
    ...(caution ? { caution } : {}),
    ...(existing?.picture ? { picture: existing.picture } : {}),
    updatedAt: ctx.now.toISOString(),
  };
  const next = [...list];
  if (index >= 0) next[index] = movement;
  else next.push(movement);
  return { ok: true, list: next, movement };
}

/** `name (copy)`, `name (copy 2)`, … the first not taken, within the name limit. */
function copyName(name: string, list: readonly OwnMovement[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const head = [...name]
      .slice(0, OWN_MOVEMENT_LIMITS.nameMaxChars - chars(suffix))
      .join('')
      .trimEnd();
    if (!list.some((m) => sameName(m.name, head + suffix))) return head + suffix;
  }
}

/**
 * A copy placed after the original. It shares the picture file: main removes a picture file only
 * when no movement names it any more.
 */
export function duplicateOwnMovement(
  list: readonly OwnMovement[],
  id: string,
  ctx: OwnContext,
): { ok: true; list: OwnMovement[]; movement: OwnMovement } | { ok: false; message: string } {
  const index = list.findIndex((m) => m.id === id);
  const original = list[index];
  if (!original) return { ok: false, message: M.missing };
  if (list.length >= OWN_MOVEMENT_LIMITS.maxMovements) return { ok: false, message: M.tooMany };
  const movement: OwnMovement = {
    ...original,
    id: newOwnMovementId(ctx.newId, new Set(list.map((m) => m.id))),
    name: copyName(original.name, list),
    updatedAt: ctx.now.toISOString(),
  };
  const next = [...list];
  next.splice(index + 1, 0, movement);
  return { ok: true, list: next, movement };
}

/** The names of the routines that use this movement, in library order, each once. */
export function routinesUsing(routines: readonly Routine[], movementId: string): string[] {
  return routines.filter((r) => r.steps.some((s) => s.movementId === movementId)).map((r) => r.name);
}

/** The sentence for a delete refused because routines use the movement. */
export function inUseMessage(movementName: string, routineNames: readonly string[]): string {
  const quoted = routineNames.map((n) => `“${n}”`);
  const listed = quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  const which = routineNames.length === 1 ? 'this routine' : `these ${routineNames.length} routines`;
  return `“${movementName}” is used by ${which}: ${listed}. Take it out of ${routineNames.length === 1 ? 'that routine' : 'them'} first, then delete it.`;
}

export type OwnDeleteResult =
  | { ok: true; list: OwnMovement[]; removed: OwnMovement }
  | { ok: false; reason: 'not-found'; message: string }
  | { ok: false; reason: 'in-use'; message: string; usedBy: string[] };

/** Removes the movement unless a routine uses it (then says which). */
export function deleteOwnMovement(list: readonly OwnMovement[], routines: readonly Routine[], id: string): OwnDeleteResult {
  const removed = list.find((m) => m.id === id);
  if (!removed) return { ok: false, reason: 'not-found', message: M.missing };
  const usedBy = routinesUsing(routines, id);
  if (usedBy.length > 0) return { ok: false, reason: 'in-use', message: inUseMessage(removed.name, usedBy), usedBy };
  return { ok: true, list: list.filter((m) => m.id !== id), removed };
}
