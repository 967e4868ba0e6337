/** The guidance store file: dismissed findings (finding id → local date it may show again). */
import { storedVersion } from './doc-store';
import { WrongShapeError } from './store-format';
import { isLocalDate } from '../../../src/lib/history/dates';

export interface GuidanceDoc {
  schemaVersion: number;
  dismissals: Record<string, string>;
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
  return { schemaVersion: 1, dismissals };
}
