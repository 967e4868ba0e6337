/**
 * The routine file a runner shares (.backstride-routine.json), version 1: routines, the own
 * movements they use, and those movements' pictures as base64. Building one, and reading one
 * whatever it holds: size and nesting checked before JSON.parse, forbidden keys refused, every
 * routine and movement checked as the editor's and the movement form's input are.
 */
import { z } from 'zod';
import { nestsDeeperThan, utf8BytesOver } from '../../history/import-text';
import { ID_PATTERN } from '../../history/limits';
import { hasHostileShape } from '../../validation';
import { movementLookup } from '../movement-lookup';
import { PICTURE_LIMITS } from '../pictures';
import { OWN_ID_PATTERN, OWN_MOVEMENT_LIMITS, validateOwnMovementInput, type CheckedOwnMovementInput } from '../own-movements';
import type { OwnMovement, PictureType, Routine, RoutineStep } from '../types';
import { validateRoutineInput } from '../validation';

export const SHARE_FORMAT = 'backstride-routine';
export const SHARE_VERSION = 1;
export const SHARE_EXTENSION = 'backstride-routine.json';

export const SHARE_LIMITS = Object.freeze({
  /** A whole file: routines are a few kilobytes, so this is room for pictures and no more. */
  maxFileBytes: 32 * 1024 * 1024,
  /** One picture, decoded: the same limit as a picture the runner attaches. */
  maxPictureBytes: PICTURE_LIMITS.maxBytes,
  maxRoutines: 100,
  maxMovements: OWN_MOVEMENT_LIMITS.maxMovements,
  /** A file's deepest nesting (file → routines → routine → steps → step is 4). */
  maxDepth: 8,
});

export const PICTURE_TYPES: readonly PictureType[] = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];

/** A routine as shared: what plays, never where it came from (no built-in mark, no dates). */
export interface SharedRoutine {
  id: string;
  name: string;
  phase: Routine['phase'];
  steps: RoutineStep[];
}

/** An own movement as shared: its fields; its picture travels in `pictures`. */
export type SharedMovement = Omit<OwnMovement, 'picture' | 'updatedAt'>;

export interface SharedPicture {
  type: PictureType;
  base64: string;
}

export interface ShareFile {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_VERSION;
  exportedAt: string;
  routines: SharedRoutine[];
  movements: SharedMovement[];
  /** By movement id. */
  pictures: Record<string, SharedPicture>;
}

/** The file for these routines: the own movements they use (and only those), each picture the caller read. */
export function buildShareFile(
  routines: readonly Routine[],
  ownMovements: readonly OwnMovement[],
  pictureOf: (movement: OwnMovement) => SharedPicture | null,
  exportedAt: Date,
): ShareFile {
  const used = new Set(routines.flatMap((r) => r.steps.map((s) => s.movementId)));
  const movements = ownMovements.filter((m) => used.has(m.id));
  const pictures: Record<string, SharedPicture> = {};
  for (const movement of movements) {
    const picture = movement.picture ? pictureOf(movement) : null;
    if (picture) pictures[movement.id] = picture;
  }
  return {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    exportedAt: exportedAt.toISOString(),
    routines: routines.map((r) => ({ id: r.id, name: r.name, phase: r.phase, steps: r.steps.map((s) => ({ ...s })) })),
    movements: movements.map(({ picture: _picture, updatedAt: _updatedAt, ...fields }) => ({ ...fields })),
    pictures,
  };
}

export type ParseResult = { ok: true; file: ShareFile } | { ok: false; message: string };

const MB = 1024 * 1024;
const refuse = (message: string): ParseResult => ({ ok: false, message });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decoded size of base64 text (its length checked first, so a huge string costs nothing). */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

const pictureSchema = z.strictObject({
  type: z.enum(PICTURE_TYPES as [PictureType, ...PictureType[]]),
  // Checked by length before the pattern: a 50 MB string is refused without being scanned.
  base64: z
    .string()
    .max(Math.ceil(SHARE_LIMITS.maxPictureBytes / 3) * 4)
    .refine((s) => s.length > 0 && s.length % 4 === 0 && BASE64.test(s)),
});

const envelopeSchema = z.strictObject({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(SHARE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  routines: z.array(z.unknown()).min(1).max(SHARE_LIMITS.maxRoutines),
  movements: z.array(z.unknown()).max(SHARE_LIMITS.maxMovements),
  pictures: z.record(z.string(), z.unknown()),
});

/** Reads a shared routine file's text. Never throws; every refusal is one sentence for the runner. */
export function parseShareText(text: string): ParseResult {
  if (utf8BytesOver(text, SHARE_LIMITS.maxFileBytes)) {
    return refuse(`The file is larger than ${SHARE_LIMITS.maxFileBytes / MB} MB, more than any shared routine needs.`);
  }
  if (nestsDeeperThan(text, SHARE_LIMITS.maxDepth)) return refuse('The file is nested too deeply to be a shared routine.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('The file is not a Backstride routine file (it is not JSON).');
  }
  return parseShareValue(raw);
}

/** Checks a parsed value (see parseShareText). */
export function parseShareValue(raw: unknown): ParseResult {
  if (hasHostileShape(raw, SHARE_LIMITS.maxDepth)) {
    return refuse('The file has a forbidden key (such as __proto__), so nothing in it is imported.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== SHARE_FORMAT) {
    return refuse('The file is not a Backstride routine file.');
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== SHARE_VERSION) {
    return typeof version === 'number' && Number.isInteger(version) && version > SHARE_VERSION
      ? refuse(`The file is from a newer Backstride (routine file version ${version}). Update Backstride to import it.`)
      : refuse('The file’s version is not one Backstride can read.');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return refuse(envelopeProblem(envelope.error));
  const { exportedAt, routines: rawRoutines, movements: rawMovements, pictures: rawPictures } = envelope.data;

  const movements: SharedMovement[] = [];
  for (const [index, value] of rawMovements.entries()) {
    const checked = validateOwnMovementInput(value);
    const id = checked.ok ? checked.value.id : undefined;
    if (!checked.ok || id === undefined || !OWN_ID_PATTERN.test(id)) {
      const reason = checked.ok ? 'it has no valid id' : checked.errors[0]!.message;
      return refuse(`Movement ${index + 1} in the file cannot be used: ${reason}`);
    }
    if (movements.some((m) => m.id === id)) return refuse(`Two movements in the file share the id ${id}.`);
    movements.push(sharedMovement(checked.value, id));
  }

  const lookup = movementLookup(movements.map((m) => ({ ...m, updatedAt: exportedAt })));
  const routines: SharedRoutine[] = [];
  for (const [index, value] of rawRoutines.entries()) {
    const checked = validateRoutineInput(value, lookup);
    const label = routineLabel(value, index);
    if (!checked.ok) return refuse(`${label} in the file cannot be used: ${checked.errors[0]!.message}`);
    const { id, name, phase, steps } = checked.value;
    // Ids Backstride itself makes (letters, digits, - and _), so every later call can name them.
    if (id === undefined || !ID_PATTERN.test(id)) return refuse(`${label} in the file has no id Backstride can use.`);
    if (routines.some((r) => r.id === id)) return refuse(`Two routines in the file share the id ${id}.`);
    if (steps.some((s) => s.id === undefined || !ID_PATTERN.test(s.id)))
      return refuse(`${label} in the file has a step without an id Backstride can use.`);
    routines.push({ id, name, phase, steps: steps.map((s) => ({ ...s, id: s.id! })) });
  }

  const pictures: Record<string, SharedPicture> = {};
  for (const [movementId, value] of Object.entries(rawPictures)) {
    if (!movements.some((m) => m.id === movementId)) return refuse('The file has a picture for a movement it does not hold.');
    const picture = pictureSchema.safeParse(value);
    const name = movements.find((m) => m.id === movementId)!.name;
    if (!picture.success) {
      const tooBig =
        typeof (value as { base64?: unknown })?.base64 === 'string' &&
        base64Bytes((value as { base64: string }).base64) > SHARE_LIMITS.maxPictureBytes;
      return refuse(
        tooBig
          ? `The picture of “${name}” is larger than ${SHARE_LIMITS.maxPictureBytes / MB} MB.`
          : `The picture of “${name}” is not a PNG, JPEG, WebP or SVG picture the file can carry.`,
      );
    }
    pictures[movementId] = picture.data;
  }
  return { ok: true, file: { format: SHARE_FORMAT, version: SHARE_VERSION, exportedAt, routines, movements, pictures } };
}

function sharedMovement(value: CheckedOwnMovementInput, id: string): SharedMovement {
  const { caution, ...fields } = value;
  return { ...fields, id, ...(caution ? { caution } : {}) };
}

function routineLabel(value: unknown, index: number): string {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() !== '' && name.length <= 80 ? `The routine “${name.trim()}”` : `Routine ${index + 1}`;
}

function envelopeProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') return `The file has fields Backstride does not know (${issue.keys.join(', ')}).`;
  if (field === 'routines' && issue.code === 'too_small') return 'The file holds no routine.';
  if (field === 'routines' && issue.code === 'too_big') return `The file holds more than ${SHARE_LIMITS.maxRoutines} routines.`;
  if (field === 'movements' && issue.code === 'too_big') return `The file holds more than ${SHARE_LIMITS.maxMovements} movements.`;
  if (field === 'exportedAt') return 'The file does not say when it was exported.';
  return 'The file is not a Backstride routine file.';
}

/** "core-before-the-run.backstride-routine.json" for one routine; "backstride-routines-<date>…" for several. */
export function shareFileName(routines: readonly { name: string }[], localDate: string): string {
  const slug =
    routines.length === 1
      ? routines[0]!.name
          .normalize('NFKD')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60)
      : '';
  return `${slug || `backstride-routines-${localDate}`}.${SHARE_EXTENSION}`;
}
