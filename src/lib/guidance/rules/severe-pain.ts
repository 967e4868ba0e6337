/** Severe pain: a few days off running. */
import type { HistoryView } from '../history-view';
import { ids, inLastDays } from '../history-view';
import { SEVERE_PAIN_LOOKBACK_DAYS, SEVERE_PAIN_MIN } from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

/** Pain of 7 or more after a run in the last 7 days → a few days off running. */
export function severePainRule(view: HistoryView): Finding[] {
  const hits = view.runs.filter(
    (e) =>
      e.painNow !== null &&
      e.painNow >= SEVERE_PAIN_MIN &&
      inLastDays(e.localDate, view.today, SEVERE_PAIN_LOOKBACK_DAYS),
  );
  const latest = last(hits);
  if (!latest) return [];
  const worst = Math.max(...hits.map((e) => e.painNow ?? 0));
  return [
    {
      id: `severe-pain:${latest.localDate}`,
      rule: 'severe-pain',
      level: 'caution',
      title: 'Take a few days off running',
      body: `You rated your back ${worst} out of 10 after a run this week. Give it a few days without running, with heat or cold, the wheel and plenty of rest, until it settles.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}
