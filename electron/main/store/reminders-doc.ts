/** The reminders store file: the slots already shown or skipped, so a restart never shows one again. */
import { storedVersion } from './doc-store';

export interface RemindersDoc {
  schemaVersion: number;
  /** Slot ids such as "2026-11-30:pre-run". */
  handled: string[];
}

const SLOT = /^\d{4}-\d{2}-\d{2}:(pre-run|after-run|check-in)$/;

/** A missing or damaged list reads as empty: at worst one reminder of today comes again. */
export function parseRemindersDoc(raw: Record<string, unknown>): RemindersDoc {
  storedVersion(raw, 1);
  const handled = Array.isArray(raw.handled) ? raw.handled.filter((s): s is string => typeof s === 'string' && SLOT.test(s)) : [];
  return { schemaVersion: 1, handled };
}
