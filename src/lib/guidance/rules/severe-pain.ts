/** Severe pain: a few days off running. */
import type { HistoryView } from '../history-view';
import { ids, painScoresInLastDays } from '../history-view';
import { SEVERE_PAIN_LOOKBACK_DAYS, SEVERE_PAIN_MIN } from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

/**
 * Pain of 7 or more in the last 7 days → a few days off running. Any score counts: after a run,
 * on a rest or cross-training day, before a run, or the answer after a warm-up.
 */
export function severePainRule(view: HistoryView): Finding[] {
  const hits = painScoresInLastDays(view, SEVERE_PAIN_LOOKBACK_DAYS).filter((s) => s.pain >= SEVERE_PAIN_MIN);
  const latest = last(hits);
  if (!latest) return [];
  const worst = Math.max(...hits.map((s) => s.pain));
  return [
    {
      id: `severe-pain:${latest.localDate}`,
      rule: 'severe-pain',
      level: 'caution',
      title: 'Take a few days off running',
      body: `You rated your back ${worst} out of 10 in the last 7 days. Give it a few days without running, with heat or cold, the wheel and plenty of rest, until it settles.`,
      sessionIds: ids(hits.flatMap((s) => (s.entry ? [s.entry] : []))),
      dismissible: true,
    },
  ];
}
