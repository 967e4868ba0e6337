/** Small builders for session histories in guidance tests. */
import { checkIn, NOTHING_GIVEN } from '../../../support/history';
import { addDays } from '../../../../src/lib/history/dates';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { evaluateGuidance } from '../../../../src/lib/guidance';
import type { Finding, GuidanceContext, RuleId } from '../../../../src/lib/guidance';

let seq = 0;

export interface SessionOptions extends Partial<CheckIn> {
  id?: string;
  /** ISO instant; defaults to 07:00 UTC on the local date. */
  startedAt?: string;
}

/** A session with a check-in on a local date. */
export function checkInOn(localDate: string, options: SessionOptions = {}): Session {
  const { id, startedAt, ...fields } = options;
  seq += 1;
  const start = startedAt ?? `${localDate}T07:00:00.000Z`;
  return {
    id: id ?? `s${seq}-${localDate}`,
    startedAt: start,
    localDate,
    routine: null,
    // A bare rest day unless told otherwise: guidance counts what a test gives, nothing more.
    checkIn: checkIn({ ...NOTHING_GIVEN, dayType: 'rest', ...fields }),
    updatedAt: start,
  };
}

/** A pain-free 5 km run at 6:00/km unless told otherwise. */
export function run(localDate: string, options: SessionOptions = {}): Session {
  return checkInOn(localDate, { painNow: 0, painBefore: 0, distanceKm: 5, durationSec: 1800, ...options, dayType: 'run' });
}

export function cross(localDate: string, options: SessionOptions = {}): Session {
  return checkInOn(localDate, { painNow: 0, crossTrainingKind: 'swimming', ...options, dayType: 'cross' });
}

export function rest(localDate: string, options: SessionOptions = {}): Session {
  return checkInOn(localDate, { painNow: 0, ...options, dayType: 'rest' });
}

/** A routine played without a check-in (still counts as history). */
export function routineOnly(localDate: string): Session {
  seq += 1;
  const start = `${localDate}T06:30:00.000Z`;
  return {
    id: `r${seq}-${localDate}`,
    startedAt: start,
    localDate,
    routine: {
      routineId: 'warm-up',
      routineName: 'Warm-up',
      phase: 'before',
      startedAt: start,
      endedAt: start,
      stepsDone: 5,
      stepsSkipped: 0,
      activeMs: 300_000,
    },
    checkIn: null,
    updatedAt: start,
  };
}

/** The local date `n` days before `today`. */
export function ago(today: string, n: number): string {
  return addDays(today, -n);
}

export function evaluate(sessions: Session[], today: string, context: Partial<GuidanceContext> = {}): Finding[] {
  return evaluateGuidance(sessions, { today, backPainType: null, weekStartDay: 1, ...context });
}

export function byRule(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
