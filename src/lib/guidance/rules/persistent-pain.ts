/** Pain that keeps going: after most runs, or at every check-in for weeks. */
import { daysBetween } from '../../history/dates';
import type { Entry, HistoryView } from '../history-view';
import { between, ids, inLastDays, windowStart } from '../history-view';
import {
  PAIN_AFTER_EVERY_RUN_COUNT,
  PAIN_MIN_POINTS,
  PAIN_SPELL_MAX_GAP_DAYS,
  PAIN_SPELL_RECENT_DAYS,
  PERSISTENT_PAIN_LOOKBACK_DAYS,
  PERSISTENT_PAIN_MIN_DAYS,
  PERSISTENT_PAIN_MIN_RUNS,
} from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

function hurts(e: Entry): boolean {
  return e.painNow !== null && e.painNow >= PAIN_MIN_POINTS;
}

/**
 * Pain that keeps going → see a doctor. Two triggers:
 * (a) in the last 4 weeks, at least 3 runs have a pain score, more than half of them hurt, and the
 *     painful runs span more than three weeks (first to last, both days counted);
 * (b) the latest check-ins with a pain score all hurt, back over more than three weeks, with no
 *     pain-free check-in and no week-long silence in between, the latest within the last week;
 * (c) sooner: each of the last 4 runs with a pain score (all in the last 4 weeks) hurt, the latest
 *     within the last week.
 */
export function persistentPainRule(view: HistoryView): Finding[] {
  // (a) pain after most runs.
  const rated = between(view.runs, windowStart(view.today, PERSISTENT_PAIN_LOOKBACK_DAYS), view.today).filter((e) => e.painNow !== null);
  const painfulRuns = rated.filter(hurts);
  const firstRun = painfulRuns[0];
  const lastRun = last(painfulRuns);
  const afterRuns =
    firstRun !== undefined &&
    lastRun !== undefined &&
    rated.length >= PERSISTENT_PAIN_MIN_RUNS &&
    painfulRuns.length * 2 > rated.length &&
    daysBetween(firstRun.localDate, lastRun.localDate) + 1 >= PERSISTENT_PAIN_MIN_DAYS &&
    inLastDays(lastRun.localDate, view.today, PAIN_SPELL_RECENT_DAYS);

  // (b) an unbroken pain spell on any check-ins.
  const scored = view.entries.filter((e) => e.painNow !== null);
  // Collected newest first, then turned round (unshift in the loop would be quadratic).
  const spell: Entry[] = [];
  for (let i = scored.length - 1; i >= 0; i--) {
    const e = scored[i]!;
    if (!hurts(e)) break;
    const later = spell.at(-1);
    if (later && daysBetween(e.localDate, later.localDate) > PAIN_SPELL_MAX_GAP_DAYS) break;
    spell.push(e);
  }
  spell.reverse();
  const spellStart = spell[0];
  const spellEnd = last(spell);
  const longSpell =
    spellStart !== undefined &&
    spellEnd !== undefined &&
    inLastDays(spellEnd.localDate, view.today, PAIN_SPELL_RECENT_DAYS) &&
    daysBetween(spellStart.localDate, spellEnd.localDate) + 1 >= PERSISTENT_PAIN_MIN_DAYS;

  // (c) pain after every one of the latest runs.
  const latestRuns = rated.slice(-PAIN_AFTER_EVERY_RUN_COUNT);
  const latestRun = last(latestRuns);
  const everyRun =
    latestRuns.length === PAIN_AFTER_EVERY_RUN_COUNT &&
    latestRuns.every(hurts) &&
    latestRun !== undefined &&
    inLastDays(latestRun.localDate, view.today, PAIN_SPELL_RECENT_DAYS);

  if (!afterRuns && !longSpell) return everyRun ? painAfterEveryRun(latestRuns) : [];
  const starts = [afterRuns ? firstRun!.localDate : null, longSpell ? spellStart!.localDate : null].filter((d): d is string => d !== null);
  const start = starts.sort()[0]!;
  const sessions = [...(afterRuns ? painfulRuns : []), ...(longSpell ? spell : [])];
  return [
    {
      id: `persistent-pain:${start}`,
      rule: 'persistent-pain',
      level: 'see-doctor',
      title: 'Time to see a doctor',
      body: afterRuns
        ? 'Most of your runs over the past few weeks have left your back sore. Pain that keeps coming back after running is worth showing a doctor, so book a visit and go easy until then.'
        : 'Your back has hurt at every check-in for more than three weeks, with no pain-free day in between. Pain that hangs on this long is worth showing a doctor.',
      sessionIds: ids(sessions),
      dismissible: true,
    },
  ];
}

function painAfterEveryRun(runs: Entry[]): Finding[] {
  return [
    {
      id: `persistent-pain:${runs[0]!.localDate}`,
      rule: 'persistent-pain',
      level: 'see-doctor',
      title: 'Time to see a doctor',
      body: `Your back hurt after each of your last ${runs.length} runs. Pain that comes back after every run is worth showing a doctor, so book a visit and go easy until then.`,
      sessionIds: ids(runs),
      dismissible: true,
    },
  ];
}
