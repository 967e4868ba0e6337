/** Remembering dismissed findings for a week. */
import { addDays, daysBetween, isLocalDate } from '../history/dates';
import { DISMISSAL_DAYS } from './thresholds';
import type { Dismissals, Finding } from './types';

/** The local date on which a finding dismissed today shows again (a week later). */
export function dismissUntil(today: string): string {
  return addDays(today, DISMISSAL_DAYS);
}

function stillHidden(until: string | undefined, today: string): boolean {
  if (until === undefined || !isLocalDate(until)) return false;
  const left = daysBetween(today, until);
  // Hidden from the day of dismissal until the day before `until`; a date further off than a
  // week (bad data) is capped, so nothing can stay hidden longer than DISMISSAL_DAYS.
  return left > 0 && left <= DISMISSAL_DAYS;
}

/**
 * Drops findings dismissed less than a week ago. `dismissals` maps a finding id to the local date
 * it shows again (see dismissUntil). Findings that are not dismissible always stay.
 */
export function filterDismissed(findings: readonly Finding[], dismissals: Dismissals, today: string): Finding[] {
  return findings.filter((f) => !f.dismissible || !stillHidden(Object.hasOwn(dismissals, f.id) ? dismissals[f.id] : undefined, today));
}

/** The dismissals still in force today (to keep the stored map small). */
export function pruneDismissals(dismissals: Dismissals, today: string): Dismissals {
  return Object.fromEntries(Object.entries(dismissals).filter(([, until]) => stillHidden(until, today)));
}
