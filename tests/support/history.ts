/**
 * The test factories for the history's domain types, one per type, each with one set of
 * defaults (issue 19: four check-in factories with different defaults hid what a test relied on).
 * A test passes the fields it depends on; the defaults are a typical record, valid for main.
 */
import { emptyDiaryFields } from '../../src/lib/history/check-in';
import type { CheckIn, RoutineRun, Session } from '../../src/lib/history/types';
import type { ReadRunFile } from '../../src/lib/run-import/plan';
import type { RunSummary } from '../../src/lib/run-import/types';

/** A run check-in: pain 2 now and 3 before, an ache in the lower back, 10 km in 55:00, no note, no treatment or spot score. */
export function checkIn(fields: Partial<CheckIn> = {}): CheckIn {
  return {
    painNow: 2,
    painBefore: 3,
    locations: ['lower-back'],
    kinds: ['ache'],
    redFlags: [],
    dayType: 'run',
    crossTrainingKind: '',
    distanceKm: 10,
    durationSec: 3300,
    note: '',
    ...emptyDiaryFields(),
    ...fields,
  };
}

/**
 * Every field a runner may leave empty, left empty: spread it first for a check-in where only
 * the fields a test names are given (`checkIn({ ...NOTHING_GIVEN, painNow: 4 })`).
 */
export const NOTHING_GIVEN: Omit<CheckIn, 'dayType'> = {
  painNow: null,
  painBefore: null,
  locations: [],
  kinds: [],
  redFlags: [],
  crossTrainingKind: '',
  distanceKm: null,
  durationSec: null,
  note: '',
  ...emptyDiaryFields(),
};

/** The warm-up "Morning warm-up" played on 26 November 2026 from 07:00 to 07:10 UTC: 8 steps done, 1 skipped. */
export function routineRun(fields: Partial<RoutineRun> = {}): RoutineRun {
  return {
    routineId: 'warm-up-1',
    routineName: 'Morning warm-up',
    phase: 'before',
    startedAt: '2026-11-26T07:00:00.000Z',
    endedAt: '2026-11-26T07:10:00.000Z',
    stepsDone: 8,
    stepsSkipped: 1,
    activeMs: 540_000,
    ...fields,
  };
}

let counter = 0;

/** A session on `localDate` (started 07:00 UTC that day) with a run check-in and no routine; ids are unique. */
export function session(localDate: string, fields: Partial<Session> = {}): Session {
  counter++;
  return {
    id: `s-${counter}`,
    startedAt: `${localDate}T07:00:00.000Z`,
    localDate,
    routine: null,
    checkIn: checkIn(),
    updatedAt: `${localDate}T08:00:00.000Z`,
    ...fields,
  };
}

/** An imported run at a 6:00 /km pace, on the UTC date it started. */
export function runSummary(startedAt: string, distanceKm: number): RunSummary {
  return {
    startedAt,
    localDate: startedAt.slice(0, 10),
    distanceKm,
    movingSec: distanceKm * 360,
    elapsedSec: distanceKm * 370,
    paceSecPerKm: 360,
  };
}

/** A chosen file that parsed into `summary`. */
export const runFile = (fileName: string, summary: RunSummary): ReadRunFile => ({ fileName, outcome: { ok: true, run: summary } });
