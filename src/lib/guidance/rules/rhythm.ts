/** The weekly rhythm: how many runs, and a rest day. */
import { addDays, weekStartOf } from '../../history/dates';
import type { WeekStartDay } from '../../settings/types';
import type { HistoryView } from '../history-view';
import { between, historyCovers, ids, isRestDay, windowStart } from '../history-view';
import {
  MAX_RUNS_PER_WEEK,
  MIN_HISTORY_DAYS_FOR_CONSISTENCY,
  MIN_REST_DAYS_PER_WEEK,
  MIN_RUNS_PER_WEEK,
  WEEK_WINDOW_DAYS,
} from '../thresholds';
import type { Finding } from '../types';
import { times } from './words';

/**
 * More than 4 runs in the last 7 days → caution. Fewer than 3 → info, only once the history spans
 * at least 14 days.
 */
export function runsPerWeekRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const runs = between(view.runs, windowStart(view.today, WEEK_WINDOW_DAYS), view.today);
  const week = weekStartOf(view.today, weekStartDay);
  if (runs.length > MAX_RUNS_PER_WEEK) {
    return [
      {
        id: `too-many-runs:${week}`,
        rule: 'too-many-runs',
        level: 'caution',
        title: `More than ${MAX_RUNS_PER_WEEK} runs in the last 7 days`,
        body: `You've run ${times(runs.length)} in the last 7 days. Three or four runs a week is plenty; swimming, cycling or weights on the other days give your back a break.`,
        sessionIds: ids(runs),
        dismissible: true,
      },
    ];
  }
  const longEnough = historyCovers(view, addDays(view.today, -(MIN_HISTORY_DAYS_FOR_CONSISTENCY - 1)));
  if (runs.length < MIN_RUNS_PER_WEEK && longEnough) {
    return [
      {
        id: `few-runs:${week}`,
        rule: 'few-runs',
        level: 'info',
        title: `Aim for ${MIN_RUNS_PER_WEEK}–${MAX_RUNS_PER_WEEK} runs a week`,
        body:
          runs.length === 0
            ? "You haven't run in the last 7 days. Three or four steady runs a week is a good rhythm when you feel ready."
            : `You've run ${times(runs.length)} in the last 7 days. Three or four steady runs a week is a good rhythm when you feel ready.`,
        sessionIds: ids(runs),
        dismissible: true,
      },
    ];
  }
  return [];
}

// ---- Rest days -----------------------------------------------------------------------------

/**
 * No rest day in the last 7 days → caution. Needs history covering all 7 days; a rest day is a day
 * with no run or cross-training check-in, or with a 'rest' check-in.
 */
export function noRestDayRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const start = windowStart(view.today, WEEK_WINDOW_DAYS);
  if (!historyCovers(view, start)) return [];
  let restDays = 0;
  for (let d = 0; d < WEEK_WINDOW_DAYS; d++) {
    if (isRestDay(view.entries, addDays(start, d))) restDays++;
  }
  if (restDays >= MIN_REST_DAYS_PER_WEEK) return [];
  const active = between(view.entries, start, view.today).filter((e) => e.checkIn.dayType === 'run' || e.checkIn.dayType === 'cross');
  return [
    {
      id: `no-rest-day:${weekStartOf(view.today, weekStartDay)}`,
      rule: 'no-rest-day',
      level: 'caution',
      title: 'Take a rest day',
      body: "You've run or cross-trained on every one of the last 7 days. At least one full rest day a week gives your body time to recover.",
      sessionIds: ids(active),
      dismissible: true,
    },
  ];
}
