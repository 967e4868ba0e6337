/** What Home says about today: the planning suggestion, squared with the findings beside it. */
import { EMERGENCY_HEADLINE } from '../history/red-flags';
import type { BackPainType } from '../settings/types';
import type { Finding, PlanningHelp, PlanSuggestion } from './types';

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
 * not weigh are said here so that Home never contradicts the findings beside it: an emergency sign
 * (get urgent medical help) wins, then a red flag (see a doctor before running again), and with structural or unknown back pain a run is only
 * suggested "if your doctor agrees" (the article: ask a doctor before running).
 */
export function todayView(plan: PlanningHelp, findings: readonly Finding[], backPainType: BackPainType | null): TodayView {
  if (findings.some((f) => f.rule === 'emergency')) {
    return {
      kind: 'see-doctor',
      headline: EMERGENCY_HEADLINE,
      reason: 'You noted a sign that can be an emergency. Get medical help now; running can wait.',
    };
  }
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
