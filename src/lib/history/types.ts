/** Domain types for the session history (one record per routine done or check-in given). */

export type DayType = 'run' | 'cross' | 'rest';

export const PAIN_LOCATIONS = ['lower-back', 'mid-back', 'upper-back', 'neck', 'hips', 'leg'] as const;
export type PainLocation = (typeof PAIN_LOCATIONS)[number];

export const PAIN_KINDS = ['ache', 'stiffness', 'sharp', 'shooting', 'numbness'] as const;
export type PainKind = (typeof PAIN_KINDS)[number];

/**
 * Symptoms that need a doctor, whatever else the history says (the usual low-back-pain red flags);
 * src/lib/history/red-flags.ts says which are emergencies and how the check-in groups them.
 */
export const RED_FLAGS = [
  'saddle-numbness',
  'bladder-bowel',
  'both-legs',
  'leg-weakness',
  'night-pain',
  'constant-pain',
  'after-fall',
  'fever-weight-loss',
  'cancer-history',
  'steroids-immune',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/** A guided routine that was played (fully or partly). */
export interface RoutineRun {
  routineId: string;
  routineName: string;
  phase: 'before' | 'after';
  /** ISO instants. */
  startedAt: string;
  endedAt: string;
  stepsDone: number;
  stepsSkipped: number;
  /** Time spent in steps, excluding pauses, in ms. */
  activeMs: number;
}

export interface CheckIn {
  /** Pain now on the 0–10 numeric rating scale; null when not given. */
  painNow: number | null;
  /** Pain before the run (0–10), asked at the end of the pre-run routine; null when not given. */
  painBefore: number | null;
  locations: PainLocation[];
  kinds: PainKind[];
  redFlags: RedFlag[];
  dayType: DayType;
  /** Free text such as "swimming", only for cross-training days. */
  crossTrainingKind: string;
  /** Run distance, always stored in kilometres (converted from the runner's unit at the edge). */
  distanceKm: number | null;
  /** Run duration in seconds. */
  durationSec: number | null;
  note: string;
}

export interface Session {
  id: string;
  /** ISO instant when the session began. */
  startedAt: string;
  /**
   * The runner's local calendar day (YYYY-MM-DD) when the session began, fixed at write time
   * so that travel and DST changes never move a session to another day.
   */
  localDate: string;
  routine: RoutineRun | null;
  checkIn: CheckIn | null;
  /** ISO instant of the last change. */
  updatedAt: string;
}
