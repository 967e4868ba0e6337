/** The check-in with nothing given yet: where the check-in form starts, and what an imported run fills in. */
import type { CheckIn, DayType } from './types';

/** The check-in fields history format 3 added. */
export type DiaryFields = Pick<CheckIn, 'treatments' | 'painkillerNote' | 'spotPain' | 'avgHeartRate' | 'climbM'>;

/** The fields format 3 added, empty (new lists each call): what every older check-in gains when it is read. */
export function emptyDiaryFields(): DiaryFields {
  return { treatments: [], painkillerNote: '', spotPain: {}, avgHeartRate: null, climbM: null };
}

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
    ...emptyDiaryFields(),
  };
}
