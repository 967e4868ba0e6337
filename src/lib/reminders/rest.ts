/** Whether the guidance tells the runner to rest today, as Home says it: then no warm-up reminder. */
import { evaluateGuidance, planningHelp, todayView } from '../guidance';
import type { GuidanceContext } from '../guidance';
import type { Session } from '../history/types';

/** A rest day, or a doctor first (a red flag or an emergency sign): the same words Home shows today. */
export function guidanceSaysRest(sessions: readonly Session[], context: GuidanceContext): boolean {
  const plan = planningHelp(sessions, context.today, context.weekStartDay, context.painBefore ?? null);
  const kind = todayView(plan, evaluateGuidance(sessions, context), context.backPainType).kind;
  return kind === 'rest' || kind === 'see-doctor';
}
