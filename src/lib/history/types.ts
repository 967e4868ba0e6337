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

/** What was done for the back that day, one tap each. */
export const TREATMENTS = ['heat', 'ice', 'wheel', 'stretching', 'painkiller', 'physio', 'rest', 'other'] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** The places a pain can be scored on its own, each side apart. */
export const PAIN_SPOTS = [
  'lower-back-left',
  'lower-back-right',
  'upper-back-left',
  'upper-back-right',
  'hip-left',
  'hip-right',
  'leg-left',
  'leg-right',
] as const;
export type PainSpot = (typeof PAIN_SPOTS)[number];
/** A 0–10 score for each spot the runner scored; a spot left out is unscored. */
export type SpotPain = Partial<Record<PainSpot, number>>;

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
  /** What was done for the back that day (format 3). */
  treatments: Treatment[];
  /** The painkiller's name and dose as typed; only with 'painkiller' in treatments, else empty. */
  painkillerNote: string;
  /** Pain per spot (format 3): only the spots the runner scored. */
  spotPain: SpotPain;
  /** A run's average heart rate in beats per minute (format 3; from the run file or typed). */
  avgHeartRate: number | null;
  /** Metres climbed on a run (format 3). */
  climbM: number | null;
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
