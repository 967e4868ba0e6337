import type { CheckIn } from '../../src/lib/history/types';

/** A check-in with nothing filled in (a rest day), with the given fields on top. */
export function checkInOf(fields: Partial<CheckIn> = {}): CheckIn {
  return {
    painNow: null,
    painBefore: null,
    locations: [],
    kinds: [],
    redFlags: [],
    dayType: 'rest',
    crossTrainingKind: '',
    distanceKm: null,
    durationSec: null,
    note: '',
    ...fields,
  };
}
