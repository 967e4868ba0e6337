/** Helps plan today: runs so far this week against the 3–4 target, and whether to run or rest. */
import { addDays, dayNumber, daysBetween, thisWeekWords, weekStartOf } from '../history/dates';
import type { Session } from '../history/types';
import type { WeekStartDay } from '../settings/types';
import { between, isRestDay, painScoresInLastDays, viewHistory } from './history-view';
import {
  LATE_IN_WEEK_DAYS_LEFT,
  MAX_RUN_DAYS_IN_A_ROW,
  MAX_RUNS_PER_WEEK,
  MIN_REST_DAYS_PER_WEEK,
  MIN_RUNS_PER_WEEK,
  SEVERE_PAIN_DAYS_OFF,
  SEVERE_PAIN_MIN,
  WEEK_WINDOW_DAYS,
} from './thresholds';
import type { PainBeforeAnswer, PlanningHelp } from './types';

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * Suggestion for today, first match wins:
 * 1. pain of 7+ in the last 3 days (at a check-in, before a run, or after a warm-up) → 'rest'
 *    (a few days off after severe pain);
 * 2. no rest day yet this week and at most 2 days of the week left → 'rest';
 * 3. already 4 runs this week → 'rest-or-cross';
 * 4. ran on each of the last 2 days → 'rest-or-cross';
 * 5. already ran today → 'rest-or-cross';
 * otherwise 'run'.
 * Throws if `today` is not a real local date.
 */
export function planningHelp(
  sessions: readonly Session[],
  today: string,
  weekStartDay: WeekStartDay,
  painBefore: PainBeforeAnswer | null = null,
): PlanningHelp {
  dayNumber(today); // validates
  const view = viewHistory(sessions, today, painBefore);
  const weekStart = weekStartOf(today, weekStartDay);
  const ranOn = (localDate: string) => view.runs.some((e) => e.localDate === localDate);
  const thisWeek = thisWeekWords(weekStartDay);

  const runsThisWeek = between(view.runs, weekStart, today).length;
  const ranYesterday = ranOn(addDays(today, -1));
  let restDaysThisWeek = 0;
  for (let d = weekStart; d < today; d = addDays(d, 1)) {
    if (isRestDay(view.entries, d)) restDaysThisWeek++;
  }
  if (view.entries.some((e) => e.localDate === today && e.checkIn.dayType === 'rest')) restDaysThisWeek++;

  const daysLeft = WEEK_WINDOW_DAYS - daysBetween(weekStart, today); // today included
  let runDaysInARow = 0;
  while (runDaysInARow < MAX_RUN_DAYS_IN_A_ROW && ranOn(addDays(today, -(runDaysInARow + 1)))) runDaysInARow++;
  const severe = painScoresInLastDays(view, SEVERE_PAIN_DAYS_OFF).some((s) => s.pain >= SEVERE_PAIN_MIN);

  const base = { runsThisWeek, targetMin: 3 as const, targetMax: 4 as const, ranYesterday, restDaysThisWeek };
  if (severe) {
    return {
      ...base,
      suggestionToday: 'rest',
      reason: `You rated your pain ${SEVERE_PAIN_MIN} or more in the last few days, so give your back a few days off running.`,
    };
  }
  if (restDaysThisWeek < MIN_REST_DAYS_PER_WEEK && daysLeft <= LATE_IN_WEEK_DAYS_LEFT) {
    return {
      ...base,
      suggestionToday: 'rest',
      reason: `You haven't had a rest day yet ${thisWeek} and the week is nearly over, so make today a rest day.`,
    };
  }
  if (runsThisWeek >= MAX_RUNS_PER_WEEK) {
    return {
      ...base,
      suggestionToday: 'rest-or-cross',
      reason: `You've already run ${times(runsThisWeek)} ${thisWeek}, the top of the 3–4 target, so cross-train or rest today.`,
    };
  }
  if (runDaysInARow >= MAX_RUN_DAYS_IN_A_ROW) {
    return {
      ...base,
      suggestionToday: 'rest-or-cross',
      reason: 'You ran yesterday and the day before, so give your running muscles a break: cross-train or rest today.',
    };
  }
  if (ranOn(today)) {
    return {
      ...base,
      suggestionToday: 'rest-or-cross',
      reason: "You've already run today; if you want more, try some easy cross-training instead.",
    };
  }
  return {
    ...base,
    suggestionToday: 'run',
    reason:
      runsThisWeek < MIN_RUNS_PER_WEEK
        ? runsThisWeek === 0
          ? `No run yet ${thisWeek}, so a run today starts you towards 3–4.`
          : `You've run ${times(runsThisWeek)} ${thisWeek}, so a run today helps you reach 3–4.`
        : `You've run ${times(runsThisWeek)} ${thisWeek}; one more run fits the 3–4 target if your back feels good.`,
  };
}
