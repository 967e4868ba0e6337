/** Red-flag symptoms ticked at a check-in. */
import type { RedFlag } from '../../history/types';
import type { HistoryView } from '../history-view';
import { ids, inLastDays } from '../history-view';
import { RED_FLAG_LOOKBACK_DAYS } from '../thresholds';
import type { Finding } from '../types';
import { joinWords, last } from './words';

const RED_FLAG_WORDS: Record<RedFlag, string> = {
  'saddle-numbness': 'numbness around the groin or inner thighs',
  'bladder-bowel': 'a change in bladder or bowel control',
  'leg-weakness': 'weakness in a leg',
  'fever-weight-loss': 'fever or weight loss without a reason',
  'night-pain': 'pain that wakes you at night',
};


/** Any red-flag symptom ticked in the last 30 days → see a doctor soon (never dismissible). */
export function redFlagRule(view: HistoryView): Finding[] {
  const hits = view.entries.filter(
    (e) => e.checkIn.redFlags.length > 0 && inLastDays(e.localDate, view.today, RED_FLAG_LOOKBACK_DAYS),
  );
  const latest = last(hits);
  if (!latest) return [];
  const flags = [...new Set(hits.flatMap((e) => e.checkIn.redFlags))];
  const words = flags.map((f) => RED_FLAG_WORDS[f] ?? f);
  return [
    {
      id: `red-flag:${latest.localDate}`,
      rule: 'red-flag',
      level: 'see-doctor',
      title: 'See a doctor soon',
      body: `Recently you noted ${joinWords(words)}. Please have this checked by a doctor as soon as you can, before you run again.`,
      sessionIds: ids(hits),
      dismissible: false,
    },
  ];
}
