/** Plain-words labels for the history's coded values, shared by the check-in and history screens and the doctor summary. */
import type { CheckIn, DayType, PainKind, PainLocation, RedFlag, RoutineRun } from './types';
import { painBand, type PainBand } from './stats';

export const LOCATION_LABELS: Record<PainLocation, string> = {
  'lower-back': 'Lower back',
  'mid-back': 'Mid back',
  'upper-back': 'Upper back',
  neck: 'Neck',
  hips: 'Hips or buttocks',
  leg: 'Down a leg',
};

export const PAIN_KIND_LABELS: Record<PainKind, string> = {
  ache: 'Ache',
  stiffness: 'Stiffness',
  sharp: 'Sharp',
  shooting: 'Shooting down the leg',
  numbness: 'Numbness or tingling',
};

/** One wording per red flag, used on every screen and in the summary (lower-cased inside a sentence). */
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  'saddle-numbness': 'Numbness in the groin or saddle area',
  'bladder-bowel': 'New bladder or bowel trouble',
  'both-legs': 'Numbness or weakness in both legs',
  'leg-weakness': 'Leg weakness that is getting worse',
  'night-pain': 'Severe pain that wakes you at night',
  'constant-pain': 'Constant pain that rest and lying down do not ease',
  'after-fall': 'Pain that started after a fall or accident',
  'fever-weight-loss': 'Fever or unexplained weight loss',
  'cancer-history': 'Cancer, now or in the past',
  'steroids-immune': 'Long-term steroid use or a weakened immune system',
};

export const DAY_TYPE_LABELS: Record<DayType, string> = {
  run: 'Run',
  cross: 'Cross-training',
  rest: 'Rest',
};

/** One letter per day type, so the calendar and list never rely on colour alone. */
export const DAY_TYPE_LETTERS: Record<DayType, string> = {
  run: 'R',
  cross: 'X',
  rest: 'Z',
};

export const BAND_LABELS: Record<PainBand, string> = {
  none: 'no pain',
  mild: 'mild',
  moderate: 'moderate',
  severe: 'severe',
};

/** "Pain 4 — moderate": the accessible name of a pain button. */
export function painName(pain: number): string {
  return `Pain ${pain} — ${BAND_LABELS[painBand(pain)]}`;
}

/** "4 (moderate)" for a stored score; "not given" for null. */
export function painText(pain: number | null): string {
  return pain === null ? 'not given' : `${pain} (${BAND_LABELS[painBand(pain)]})`;
}

export const PHASE_WORDS: Record<RoutineRun['phase'], string> = {
  before: 'before the run',
  after: 'after the run',
};

/** "Evening cool-down (after the run)"; a name that already says when ("After the run") is left alone. */
export function routineLabel(run: Pick<RoutineRun, 'routineName' | 'phase'>): string {
  const when = PHASE_WORDS[run.phase];
  return run.routineName.toLowerCase().includes(when) ? run.routineName : `${run.routineName} (${when})`;
}

/**
 * A session's pain in one line: a run with both answers shows the change ("Pain 4 → 2"), pain before
 * being asked about a run only; any other check-in its one score; nothing without pain now.
 */
export function painSummary(c: Pick<CheckIn, 'dayType' | 'painBefore' | 'painNow'> | null): string {
  if (!c || c.painNow === null) return '';
  if (c.dayType === 'run' && c.painBefore !== null) return `Pain ${c.painBefore} → ${c.painNow}`;
  return `Pain ${c.painNow}`;
}
