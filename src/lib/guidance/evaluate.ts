/** Runs every guidance rule over the history and orders the findings, most important first. */
import { dayNumber } from '../history/dates';
import type { Session } from '../history/types';
import { viewHistory } from './history-view';
import {
  backPainTypeRule,
  distanceAndSpeedRule,
  emergencyRule,
  longRunSpikeRule,
  nerveSymptomsRule,
  noRestDayRule,
  persistentPainRule,
  redFlagRule,
  runsPerWeekRule,
  severePainRule,
  worseAfterRunRule,
} from './rules';
import type { Finding, FindingLevel, GuidanceContext, RuleId } from './types';
import { RULE_IDS } from './types';

const LEVEL_RANK: Record<FindingLevel, number> = { emergency: 0, 'see-doctor': 1, caution: 2, info: 3 };

/** Emergencies and red flags first, then see-doctor, caution, info; within a level, by rule (RULE_IDS order), then id. */
export function compareFindings(a: Finding, b: Finding): number {
  // Red flags are see-doctor findings; RULE_IDS lists them first among those, right after emergencies.
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) || a.id.localeCompare(b.id);
}

/** Rules whose findings mean "hold back": a nudge to run more would contradict them. */
const HOLD_BACK: readonly RuleId[] = ['emergency', 'red-flag', 'nerve-symptoms', 'persistent-pain', 'severe-pain'];

/**
 * Reads the history back as findings. Pure: the same sessions and context give the same findings.
 * Sessions dated after `context.today` or with a malformed local date are ignored.
 * Throws if `context.today` is not a real local date (YYYY-MM-DD).
 */
export function evaluateGuidance(sessions: readonly Session[], context: GuidanceContext): Finding[] {
  dayNumber(context.today); // validates
  const view = viewHistory(sessions, context.today, context.painBefore ?? null);
  const findings = [
    ...emergencyRule(view, context.seenDoctorAt ?? null),
    ...redFlagRule(view),
    ...nerveSymptomsRule(view),
    ...persistentPainRule(view),
    ...severePainRule(view),
    ...worseAfterRunRule(view),
    ...longRunSpikeRule(view),
    ...distanceAndSpeedRule(view, context.weekStartDay),
    ...runsPerWeekRule(view, context.weekStartDay),
    ...noRestDayRule(view, context.weekStartDay),
    ...backPainTypeRule(view, context.backPainType),
  ];
  // Don't nudge for more runs while another finding says to hold back or to ask a doctor first.
  const holdBack = findings.some((f) => HOLD_BACK.includes(f.rule)) || context.backPainType === 'structural';
  return findings.filter((f) => !(holdBack && f.rule === 'few-runs')).sort(compareFindings);
}
