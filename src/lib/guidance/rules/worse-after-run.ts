/** Runs that leave the back clearly worse than before them. */
import type { Entry, HistoryView } from '../history-view';
import { ids, inLastDays } from '../history-view';
import { WORSE_AFTER_RUN_LOOKBACK_DAYS, WORSE_AFTER_RUN_POINTS, WORSE_AFTER_RUN_STREAK } from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

/**
 * Pain after the run is up by at least 2 points. A smaller rise is within what the scale wobbles
 * by on its own, even when it is a large percentage of a low score (1 → 2 is +100%).
 */
export function isWorseAfterRun(painBefore: number, painNow: number): boolean {
  return painNow - painBefore >= WORSE_AFTER_RUN_POINTS;
}

/**
 * A run in the last 7 days that left the back clearly worse → info. When the latest runs with both
 * scores were all worse, 3 or more in a row, and the last of them is recent → one caution instead.
 * Runs without both scores neither count nor break a streak.
 */
export function worseAfterRunRule(view: HistoryView): Finding[] {
  const compared = view.runs.filter((e) => e.painBefore !== null && e.painNow !== null);
  const worse = (e: Entry) => isWorseAfterRun(e.painBefore!, e.painNow!);
  const streak: Entry[] = [];
  for (let i = compared.length - 1; i >= 0 && worse(compared[i]!); i--) streak.unshift(compared[i]!);
  const streakEnd = last(streak);
  if (
    streak.length >= WORSE_AFTER_RUN_STREAK &&
    streakEnd !== undefined &&
    inLastDays(streakEnd.localDate, view.today, WORSE_AFTER_RUN_LOOKBACK_DAYS)
  ) {
    return [
      {
        id: `worse-after-run:streak:${streak[0]!.localDate}`,
        rule: 'worse-after-run',
        level: 'caution',
        title: 'Runs keep making it worse',
        body: `Your back felt clearly worse after each of your last ${streak.length} runs. Try shorter, easier runs for a while, and ask a doctor if it keeps happening.`,
        sessionIds: ids(streak),
        dismissible: true,
      },
    ];
  }
  const hits = compared.filter((e) => worse(e) && inLastDays(e.localDate, view.today, WORSE_AFTER_RUN_LOOKBACK_DAYS));
  const latest = last(hits);
  if (!latest) return [];
  return [
    {
      id: `worse-after-run:${latest.localDate}`,
      rule: 'worse-after-run',
      level: 'info',
      title: 'Sore after a run',
      body:
        hits.length === 1
          ? 'Your back felt clearly worse after a run in the last 7 days. Think about what was different that day, and take the next run a little easier.'
          : `Your back felt clearly worse after ${hits.length} runs in the last 7 days. Think about what those runs had in common, and take the next one a little easier.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}
