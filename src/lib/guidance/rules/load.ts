/** Training load: one run much longer than usual, and distance and speed raised together. */
import { addDays, weekStartOf } from '../../history/dates';
import type { WeekStartDay } from '../../settings/types';
import type { Entry, HistoryView } from '../history-view';
import { between, historyCovers, ids, inLastDays, windowStart } from '../history-view';
import {
  BASELINE_MAX_WEEKS,
  BASELINE_MIN_WEEKS,
  DISTANCE_RISE_FRACTION,
  LONG_RUN_LOOKBACK_DAYS,
  LONG_RUN_SPIKE_FRACTION,
  PACE_RISE_FRACTION,
  WEEK_WINDOW_DAYS,
} from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

/**
 * A run in the last 7 days more than 10% longer (distance) than the longest run of the 30 days
 * before its day → caution. Runs with no earlier run to compare against are left alone.
 */
export function longRunSpikeRule(view: HistoryView): Finding[] {
  const withDistance = view.runs.filter((e) => e.distanceKm !== null);
  // The longest run of each day, then of each 30-day window (per day, not per run: linear in runs).
  const longestOn = new Map<string, number>();
  for (const e of withDistance) longestOn.set(e.localDate, Math.max(longestOn.get(e.localDate) ?? 0, e.distanceKm!));
  const longestBefore = new Map<string, number | null>();
  const longestBeforeDay = (localDate: string): number | null => {
    if (!longestBefore.has(localDate)) {
      let longest: number | null = null;
      for (let d = 1; d <= LONG_RUN_LOOKBACK_DAYS; d++) {
        const day = longestOn.get(addDays(localDate, -d));
        if (day !== undefined) longest = Math.max(longest ?? 0, day);
      }
      longestBefore.set(localDate, longest);
    }
    return longestBefore.get(localDate)!;
  };
  const hits = withDistance.filter((run) => {
    if (!inLastDays(run.localDate, view.today, WEEK_WINDOW_DAYS)) return false;
    const longest = longestBeforeDay(run.localDate);
    return longest !== null && run.distanceKm! > longest * (1 + LONG_RUN_SPIKE_FRACTION);
  });
  const latest = last(hits);
  if (!latest) return [];
  return [
    {
      id: `long-run-spike:${latest.localDate}`,
      rule: 'long-run-spike',
      level: 'caution',
      title: 'One run was much longer',
      body: 'A run this week was more than 10% longer than your longest run in the month before it. In a large study of runners, single jumps like that were linked to more overuse injuries, so lengthen your long run in small steps.',
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}

// ---- Distance and speed both up ------------------------------------------------------------

interface Load {
  distanceKm: number;
  /** Seconds per km over runs that have both distance and duration; null when none. */
  paceSecPerKm: number | null;
}

function load(runs: readonly Entry[]): Load {
  let distanceKm = 0;
  let timedKm = 0;
  let timedSec = 0;
  for (const e of runs) {
    if (e.distanceKm === null) continue;
    distanceKm += e.distanceKm;
    if (e.durationSec !== null) {
      timedKm += e.distanceKm;
      timedSec += e.durationSec;
    }
  }
  return { distanceKm, paceSecPerKm: timedKm > 0 ? timedSec / timedKm : null };
}

/**
 * Last 7 days vs the baseline (the 2–4 previous 7-day blocks that the history fully covers):
 * distance more than 10% above the baseline weekly average AND average pace more than 3% faster
 * → caution to raise one at a time.
 */
export function distanceAndSpeedRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const currentStart = windowStart(view.today, WEEK_WINDOW_DAYS);
  let weeks = 0;
  while (weeks < BASELINE_MAX_WEEKS && historyCovers(view, addDays(currentStart, -WEEK_WINDOW_DAYS * (weeks + 1)))) {
    weeks++;
  }
  if (weeks < BASELINE_MIN_WEEKS) return [];
  const current = between(view.runs, currentStart, view.today);
  const baselineRuns = between(view.runs, addDays(currentStart, -WEEK_WINDOW_DAYS * weeks), addDays(currentStart, -1));
  const now = load(current);
  const base = load(baselineRuns);
  const weeklyBase = base.distanceKm / weeks;
  if (weeklyBase <= 0 || now.paceSecPerKm === null || base.paceSecPerKm === null) return [];
  const fartherUp = now.distanceKm > weeklyBase * (1 + DISTANCE_RISE_FRACTION);
  const fasterUp = now.paceSecPerKm < base.paceSecPerKm * (1 - PACE_RISE_FRACTION);
  if (!fartherUp || !fasterUp) return [];
  return [
    {
      id: `distance-and-speed:${weekStartOf(view.today, weekStartDay)}`,
      rule: 'distance-and-speed',
      level: 'caution',
      title: 'Raise one at a time',
      body: 'This week you ran both farther and faster than in the weeks before. Build up either distance or speed, not both at once, to go easier on your back.',
      sessionIds: ids(current.filter((e) => e.distanceKm !== null)),
      dismissible: true,
    },
  ];
}
