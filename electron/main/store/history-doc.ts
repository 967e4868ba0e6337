/** The history store file: every session, with a schema version. */
import { storedVersion } from './doc-store';
import { sessionSchema } from '../../../src/lib/history/schema';
import type { Session } from '../../../src/lib/history/types';

export const HISTORY_SCHEMA_VERSION = 1;

export interface HistoryDoc {
  schemaVersion: number;
  /** Oldest first, in the order they were written. */
  sessions: Session[];
}

export function parseHistoryDoc(raw: Record<string, unknown>): HistoryDoc {
  storedVersion(raw, HISTORY_SCHEMA_VERSION);
  if (raw.sessions === undefined) return { schemaVersion: HISTORY_SCHEMA_VERSION, sessions: [] };
  const sessions = sessionSchema.array().parse(raw.sessions);
  return { schemaVersion: HISTORY_SCHEMA_VERSION, sessions };
}
