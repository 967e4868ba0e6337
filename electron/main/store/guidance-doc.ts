/**
 * The guidance store file: dismissed findings (finding id → local date it may show again), and
 * when the runner last said a doctor had seen them (an ISO instant, or null).
 */
import { storedVersion } from './doc-store';
import { WrongShapeError } from './store-format';
import { isLocalDate } from '../../../src/lib/history/dates';
import { instantSchema } from '../../../src/lib/history/schema';

export interface GuidanceDoc {
  schemaVersion: number;
  dismissals: Record<string, string>;
  seenDoctorAt: string | null;
}

export function parseGuidanceDoc(raw: Record<string, unknown>): GuidanceDoc {
  storedVersion(raw, 1);
  const dismissals: Record<string, string> = {};
  const stored = raw.dismissals;
  if (stored !== undefined && (typeof stored !== 'object' || stored === null || Array.isArray(stored))) {
    throw new WrongShapeError('its dismissed findings are not a table');
  }
  if (stored) {
    for (const [id, until] of Object.entries(stored)) {
      if (typeof until === 'string' && isLocalDate(until)) dismissals[id] = until;
    }
  }
  // Added later within version 1: a file without it (or with a damaged one) means "never".
  const seen = instantSchema.safeParse(raw.seenDoctorAt);
  return { schemaVersion: 1, dismissals, seenDoctorAt: seen.success ? seen.data : null };
}
