/** Where the history charts' time axis starts: at most `maxWeeks` back, never before the first session. */
import type { Session } from './types';
import type { WeekStartDay } from '../settings/types';
import { addDays, daysBetween, weekStartOf } from './dates';

export interface ChartWindow {
  /** First week row shown (a week start); at least two weeks so "this week / last week" can compare. */
  firstWeek: string;
  /** First day on the daily axis: the first session's day, or the window's start without one inside it. */
  firstDay: string;
  /** Weeks from the first session's week to this week, inclusive (at most maxWeeks): what averages divide by. */
  spanWeeks: number;
}

export function chartWindow(sessions: readonly Session[], today: string, weekStartDay: WeekStartDay, maxWeeks: number): ChartWindow {
  const thisWeek = weekStartOf(today, weekStartDay);
  const windowStart = addDays(thisWeek, -7 * (maxWeeks - 1));
  let earliest: string | null = null;
  for (const s of sessions) {
    if (s.localDate >= windowStart && s.localDate <= today && (earliest === null || s.localDate < earliest)) earliest = s.localDate;
  }
  const anyBefore = sessions.some((s) => s.localDate < windowStart);
  if (earliest === null || anyBefore) return { firstWeek: windowStart, firstDay: windowStart, spanWeeks: maxWeeks };
  const firstSessionWeek = weekStartOf(earliest, weekStartDay);
  const spanWeeks = daysBetween(firstSessionWeek, thisWeek) / 7 + 1;
  const firstWeek = spanWeeks >= 2 ? firstSessionWeek : addDays(thisWeek, -7);
  return { firstWeek, firstDay: earliest, spanWeeks };
}
