/** Numbness, tingling or pain down a leg. */
import type { HistoryView } from '../history-view';
import { ids, inLastDays } from '../history-view';
import { NERVE_SYMPTOM_LOOKBACK_DAYS } from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

/** Numbness/tingling, shooting pain or pain in a leg in the last 14 days → see a doctor. */
export function nerveSymptomsRule(view: HistoryView): Finding[] {
  const recent = view.entries.filter((e) => inLastDays(e.localDate, view.today, NERVE_SYMPTOM_LOOKBACK_DAYS));
  const numb = recent.filter((e) => e.checkIn.kinds.includes('numbness'));
  const leg = recent.filter((e) => e.checkIn.kinds.includes('shooting') || e.checkIn.locations.includes('leg'));
  const hitSet = new Set([...numb, ...leg]);
  const hits = recent.filter((e) => hitSet.has(e));
  const latest = last(hits);
  if (!latest) return [];
  const what =
    numb.length > 0 && leg.length > 0
      ? 'numbness or tingling, and pain going down a leg'
      : numb.length > 0
        ? 'numbness or tingling'
        : 'pain going down a leg';
  return [
    {
      id: `nerve-symptoms:${latest.localDate}`,
      rule: 'nerve-symptoms',
      level: 'see-doctor',
      title: 'Get nerve symptoms checked',
      body: `In the last two weeks you noted ${what}. That can mean a nerve is irritated, so see a doctor before you build up your running.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}
