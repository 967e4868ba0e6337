/** The whole history as one document: what the handlers read and write, and what a backup file holds. */
import { storedVersion } from './doc-store';
import { sessionSchema } from '../../../src/lib/history/schema';
import { upgradeSessions } from '../../../src/lib/history/upgrade';
import type { Session } from '../../../src/lib/history/types';

export const HISTORY_SCHEMA_VERSION = 1;
/** A backup file of format 3 holds format-3 check-ins; one of format 1 (older backups) reads with their new fields empty. */
export const WHOLE_HISTORY_FORMAT = 3;

export interface HistoryDoc {
  schemaVersion: number;
  /** Oldest first, in the order they were written. */
  sessions: Session[];
}

/** A whole-history file (a backup): format 1 or 3. */
export function parseHistoryDoc(raw: Record<string, unknown>): HistoryDoc {
  const version = storedVersion(raw, WHOLE_HISTORY_FORMAT);
  if (raw.sessions === undefined) return { schemaVersion: HISTORY_SCHEMA_VERSION, sessions: [] };
  const sessions = sessionSchema.array().parse(version < 3 ? upgradeSessions(raw.sessions) : raw.sessions);
  return { schemaVersion: HISTORY_SCHEMA_VERSION, sessions };
}
