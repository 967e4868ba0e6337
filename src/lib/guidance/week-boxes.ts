/** The week's run boxes beside "This week": one per run up to the target's top end (more once past it). */
import type { PlanningHelp } from './types';

export interface WeekBox {
  /** A run already done this week. */
  done: boolean;
  /** Past the target's low end: a run that is welcome but not needed. */
  extra: boolean;
}

export function weekBoxes(plan: Pick<PlanningHelp, 'runsThisWeek' | 'targetMin' | 'targetMax'>): WeekBox[] {
  return Array.from({ length: Math.max(plan.targetMax, plan.runsThisWeek) }, (_, i) => ({
    done: i < plan.runsThisWeek,
    extra: i >= plan.targetMin,
  }));
}
