/** Words for the guidance screens: levels are always said in words, never by colour alone. */
import type { PlanningHelp } from '../../lib/guidance';
import { thisWeekWords } from '../../lib/history/dates';
import type { WeekStartDay } from '../../lib/settings/types';

export { LEVEL_WORDS } from '../../lib/guidance/level-words';

/**
 * "2 of 3–4 runs this week (since Monday)" (or past the target, "5 runs this week (since Monday),
 * more than the 3–4 target"), as the number and the words after it, so the number can be shown large.
 */
export function runsThisWeekText(plan: PlanningHelp, weekStartDay: WeekStartDay): { count: string; words: string } {
  const target = `${plan.targetMin}–${plan.targetMax}`;
  const count = String(plan.runsThisWeek);
  const week = thisWeekWords(weekStartDay);
  if (plan.runsThisWeek > plan.targetMax) return { count, words: `runs ${week}, more than the ${target} target` };
  return { count, words: `of ${target} runs ${week}` };
}

export { formatLongDay } from '../../lib/format/day';
