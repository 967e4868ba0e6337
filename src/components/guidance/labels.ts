/** Words for the guidance screens: levels are always said in words, never by colour alone. */
import type { Finding, FindingLevel, PlanningHelp, PlanSuggestion } from '../../lib/guidance';
import { dayNumber } from '../../lib/history/dates';
import type { BackPainType } from '../../lib/settings/types';

export const LEVEL_WORDS: Record<FindingLevel, string> = {
  info: 'Info',
  caution: 'Caution',
  'see-doctor': 'See a doctor',
};

export const SUGGESTION_WORDS: Record<PlanSuggestion, string> = {
  run: 'A good day for a run',
  'rest-or-cross': 'Rest or cross-train',
  rest: 'A rest day',
};

export interface TodayView {
  kind: PlanSuggestion | 'see-doctor';
  headline: string;
  reason: string;
}

/**
 * What Home says about today. planningHelp decides from the runs and the pain; two things it does
 * not weigh are said here so that Home never contradicts the findings beside it: a red flag (see a
 * doctor before running again) wins, and with structural or unknown back pain a run is only
 * suggested "if your doctor agrees" (the article: ask a doctor before running).
 */
export function todayView(plan: PlanningHelp, findings: readonly Finding[], backPainType: BackPainType | null): TodayView {
  if (findings.some((f) => f.rule === 'red-flag')) {
    return {
      kind: 'see-doctor',
      headline: 'See a doctor first',
      reason: 'You noted a symptom that needs a doctor. Have it checked before you run again.',
    };
  }
  if (plan.suggestionToday === 'run' && (backPainType === 'structural' || backPainType === 'unknown')) {
    return { kind: 'run', headline: 'A run, if your doctor agrees', reason: plan.reason };
  }
  return { kind: plan.suggestionToday, headline: SUGGESTION_WORDS[plan.suggestionToday], reason: plan.reason };
}

/**
 * "2 of 3–4 runs this week" (or past the target, "5 runs this week, more than the 3–4 target"),
 * as the number and the words after it, so the number can be shown large.
 */
export function runsThisWeekText(plan: PlanningHelp): { count: string; words: string } {
  const target = `${plan.targetMin}–${plan.targetMax}`;
  const count = String(plan.runsThisWeek);
  if (plan.runsThisWeek > plan.targetMax) return { count, words: `runs this week, more than the ${target} target` };
  return { count, words: `of ${target} runs this week` };
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Thursday 27 November" for a local date (a calendar day: shown in UTC so it never shifts). */
export function formatLongDay(localDate: string): string {
  return dayFormat.format(new Date(dayNumber(localDate) * 86_400_000));
}
