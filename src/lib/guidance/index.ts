/** Guidance: reads the session history back as advice. Pure functions, no DOM or Electron. */
export { evaluateGuidance, compareFindings } from './evaluate';
export { planningHelp } from './planning';
export { filterDismissed, dismissUntil, pruneDismissals } from './dismissals';
export { isWorseAfterRun } from './rules';
export { GUIDANCE_DISCLAIMER } from './disclaimer';
export { todayView, SUGGESTION_WORDS } from './today';
export type { TodayView } from './today';
export * from './thresholds';
export { RULE_IDS } from './types';
export type { Dismissals, Finding, FindingLevel, GuidanceContext, PainBeforeAnswer, PlanningHelp, PlanSuggestion, RuleId } from './types';
