/**
 * JSON export and import of the session history.
 *
 * Import is all or nothing: `planImport` parses and validates the whole file first and either
 * returns what to add (and what is already there, matched by id) or one clear message. It never
 * throws and never mutates `existing`; main applies the plan.
 */
import { formatZodError, instantSchema, sessionSchema } from './schema';
import type { Session } from './types';
import { nestsDeeperThan, utf8BytesOver } from './import-text';
export { nestsDeeperThan } from './import-text';
import { upgradeSession } from './upgrade';

export const HISTORY_FORMAT = 'backstride-history';
/** 2: check-ins carry treatments, pain by spot, heart rate and climb (history format 3); a version-1 file reads with them empty. */
export const HISTORY_VERSION = 2;
/** Most sessions one import may hold (the stress size of issue 14: 270 years of daily sessions). */
export const MAX_IMPORT_RECORDS = 100_000;
/**
 * Largest import file, in UTF-8 bytes (200 MiB): our own export of MAX_IMPORT_RECORDS sessions must fit. Ours is indented,
 * about 0.8 KB a session (80 MB at 100,000); 200 MB leaves 2 KB a session for notes. Main can also check the file size first.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Most sessions one local date may hold (our own choice: a runner logs a few a day, never this many). */
export const MAX_SESSIONS_PER_DAY = 50;
/** Deepest nesting of arrays and objects an import may have; a history file needs 4. */
export const MAX_IMPORT_DEPTH = 32;
/** Keys refused anywhere in an import file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  /** ISO instant. */
  exportedAt: string;
  sessions: Session[];
}

/** What planImport needs of the current history: ids (to skip) and local dates (for the per-day cap). */
export type ExistingSession = Pick<Session, 'id' | 'localDate'>;

export interface PlanOptions {
  /** Told how many records have been checked, now and then, while a big file is validated. */
  onProgress?: (checked: number, total: number) => void;
}

export type ImportPlan = { ok: true; toAdd: Session[]; alreadyThere: Session[] } | { ok: false; message: string };

/** The export document; write it with JSON.stringify. `sessions` is a shallow copy. */
export function exportHistory(sessions: readonly Session[], exportedAt: string | Date): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString(),
    sessions: [...sessions],
  };
}

const NOT_OURS = 'This is not a Backstride history file (it should be a file made by “Export history”).';
const NOTHING = 'Nothing was imported.';

function fail(message: string): ImportPlan {
  return { ok: false, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

interface WalkNode {
  value: object;
  parent: WalkNode | null;
  key: string | number;
}

function pathOf(node: WalkNode | null): string {
  const parts: (string | number)[] = [];
  for (let n = node; n && n.parent; n = n.parent) parts.push(n.key);
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const name = typeof p === 'string' && p.length > 40 ? `${p.slice(0, 40)}…` : p;
    out += typeof name === 'number' ? `[${name}]` : out === '' ? name : `.${name}`;
  }
  return out;
}

/** The first forbidden key anywhere in a parsed JSON value (iterative: any depth is safe). */
function findForbiddenKey(root: unknown): { key: string; where: string } | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: WalkNode[] = [{ value: root, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node.value)) {
      const arr = node.value as unknown[];
      for (let i = 0; i < arr.length; i++) {
        const v = arr[i];
        if (typeof v === 'object' && v !== null) stack.push({ value: v, parent: node, key: i });
      }
    } else {
      for (const key of Object.keys(node.value)) {
        if (FORBIDDEN_KEYS.has(key)) return { key, where: pathOf(node) };
        const v = (node.value as Record<string, unknown>)[key];
        if (typeof v === 'object' && v !== null) stack.push({ value: v, parent: node, key });
      }
    }
  }
  return null;
}

/**
 * Validates a history file against the current history and plans the import.
 * `toAdd`: the file's sessions whose id is not in `existing`, in file order.
 * `alreadyThere`: the file's sessions whose id is already in `existing` (they are skipped;
 * the versions from the file are returned).
 */
export function planImport(existing: readonly ExistingSession[], fileText: string, options: PlanOptions = {}): ImportPlan {
  try {
    return planImportUnsafe(existing, fileText, options);
  } catch {
    return fail(`${NOTHING} The file could not be read as a Backstride history.`);
  }
}

const PROGRESS_EVERY = 2000;

function planImportUnsafe(existing: readonly ExistingSession[], fileText: string, { onProgress }: PlanOptions): ImportPlan {
  if (typeof fileText !== 'string') return fail(NOT_OURS);
  if (utf8BytesOver(fileText, MAX_IMPORT_BYTES)) {
    return fail(`This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, which is far more than any Backstride history. ${NOTHING}`);
  }
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;

  // JSON.parse of 200 MB of "[" takes seconds and gigabytes before it fails: refuse by depth first.
  if (nestsDeeperThan(text, MAX_IMPORT_DEPTH)) {
    return fail(`${NOTHING} The file nests lists and objects more than ${MAX_IMPORT_DEPTH} deep, which no Backstride history does.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON, so it is not a Backstride history file.');
  }
  if (!isPlainObject(parsed) || own(parsed, 'format') !== HISTORY_FORMAT) return fail(NOT_OURS);

  const version = own(parsed, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This history file has no valid format version, so it cannot be imported.');
  }
  if (version > HISTORY_VERSION) {
    return fail(`This history file was made by a newer Backstride (format version ${version}). ` + 'Update Backstride to import it.');
  }

  const records = own(parsed, 'sessions');
  if (!Array.isArray(records)) return fail(`${NOTHING} The file has no list of sessions.`);
  if (records.length > MAX_IMPORT_RECORDS) {
    return fail(`${NOTHING} The file has ${records.length} sessions; at most ${MAX_IMPORT_RECORDS} can be imported at once.`);
  }

  const forbidden = findForbiddenKey(parsed);
  if (forbidden) {
    const where = forbidden.where ? ` (in ${forbidden.where})` : '';
    return fail(`${NOTHING} The file contains a forbidden key "${forbidden.key}"${where}.`);
  }

  const unknownKeys = Object.keys(parsed).filter((k) => !['format', 'version', 'exportedAt', 'sessions'].includes(k));
  if (unknownKeys.length > 0) {
    const shown = unknownKeys.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40)));
    return fail(`${NOTHING} The file has unknown top-level fields: ${shown.join(', ')}.`);
  }
  const exportedAt = instantSchema.safeParse(own(parsed, 'exportedAt'));
  if (!exportedAt.success) {
    return fail(`${NOTHING} ${formatZodError(exportedAt.error, { pathPrefix: 'exportedAt' })}.`);
  }

  // Validate every record before deciding anything.
  const sessions: Session[] = [];
  let firstProblem: string | null = null;
  let badCount = 0;
  for (let i = 0; i < records.length; i++) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, records.length);
    const result = sessionSchema.safeParse(version < 2 ? upgradeSession(records[i]) : records[i]);
    if (result.success) {
      sessions.push(result.data);
    } else {
      badCount++;
      firstProblem ??= `Record ${i + 1} of ${records.length} has a problem: ${formatZodError(result.error, { pathPrefix: `sessions[${i}]` })}`;
    }
  }
  if (firstProblem !== null) {
    const others = badCount > 1 ? ` (${badCount - 1} other ${badCount === 2 ? 'record has' : 'records have'} problems too.)` : '';
    return fail(`${NOTHING} ${firstProblem}.${others}`);
  }

  const seen = new Map<string, number>();
  for (let i = 0; i < sessions.length; i++) {
    const id = sessions[i]!.id;
    const before = seen.get(id);
    if (before !== undefined) {
      return fail(`${NOTHING} Records ${before + 1} and ${i + 1} have the same id "${id}".`);
    }
    seen.set(id, i);
  }

  onProgress?.(records.length, records.length);
  const existingIds = new Set<string>();
  for (const s of existing) existingIds.add(s.id);
  const toAdd: Session[] = [];
  const alreadyThere: Session[] = [];
  for (const s of sessions) (existingIds.has(s.id) ? alreadyThere : toAdd).push(s);
  const crowded = crowdedDay(existing, toAdd);
  if (crowded) {
    return fail(
      `${NOTHING} Record ${sessions.indexOf(crowded.record) + 1} would make ${crowded.count} sessions on ${crowded.record.localDate}; ` +
        `a day holds at most ${MAX_SESSIONS_PER_DAY}.`,
    );
  }
  return { ok: true, toAdd, alreadyThere };
}

/** The first new session that would take its day past MAX_SESSIONS_PER_DAY, counting what is already there. */
export function crowdedDay(existing: readonly ExistingSession[], toAdd: readonly Session[]): { record: Session; count: number } | null {
  const perDay = new Map<string, number>();
  for (const s of existing) perDay.set(s.localDate, (perDay.get(s.localDate) ?? 0) + 1);
  for (const s of toAdd) {
    const count = (perDay.get(s.localDate) ?? 0) + 1;
    if (count > MAX_SESSIONS_PER_DAY) return { record: s, count };
    perDay.set(s.localDate, count);
  }
  return null;
}
