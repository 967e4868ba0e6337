/** The check-in with nothing given yet: where the check-in form starts, and what an imported run fills in. */
import type { CheckIn, DayType } from './types';

/** A new CheckIn with no pain, place, kind, red flag, figure or note; a run day unless told otherwise. */
export function emptyCheckIn(dayType: DayType = 'run'): CheckIn {
  return {
    painNow: null,
    painBefore: null,
    locations: [],
    kinds: [],
    redFlags: [],
    dayType,
    crossTrainingKind: '',
    distanceKm: null,
    durationSec: null,
    note: '',
  };
}
