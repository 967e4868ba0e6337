/**
 * Records written before history format 3 (store files, backups, JSON exports of version 1) read as
 * format 3: each check-in gains the fields it lacks, empty. Runs before the strict schema, which still
 * checks everything; a field the record already has is left as it is.
 */
import { emptyDiaryFields } from './check-in';

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One raw session with its check-in given the format-3 fields it lacks; anything else comes back untouched. */
export function upgradeSession(raw: unknown): unknown {
  if (!isTable(raw) || !Object.hasOwn(raw, 'checkIn') || !isTable(raw.checkIn)) return raw;
  const checkIn: Record<string, unknown> = { ...raw.checkIn };
  for (const [key, value] of Object.entries(emptyDiaryFields())) if (!Object.hasOwn(checkIn, key)) checkIn[key] = value;
  return { ...raw, checkIn };
}

/** A raw list of sessions upgraded one by one (not a list: returned as is, for the schema to refuse). */
export function upgradeSessions(raw: unknown): unknown {
  return Array.isArray(raw) ? raw.map(upgradeSession) : raw;
}
