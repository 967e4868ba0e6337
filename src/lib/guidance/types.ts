/** Public types of the guidance module (pure data, no DOM or Electron). */
import type { BackPainType, WeekStartDay } from '../settings/types';

export const RULE_IDS = [
  'emergency',
  'red-flag',
  'nerve-symptoms',
  'persistent-pain',
  'severe-pain',
  'worse-after-run',
  'long-run-spike',
  'distance-and-speed',
  'too-many-runs',
  'no-rest-day',
  'back-pain-type',
  'few-runs',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type FindingLevel = 'info' | 'caution' | 'see-doctor' | 'emergency';

export interface Finding {
  /** Stable per rule and trigger (e.g. 'severe-pain:2026-11-20'), so a dismissal can be remembered. */
  id: string;
  rule: RuleId;
  level: FindingLevel;
  /** Short headline. */
  title: string;
  /** One or two plain sentences. */
  body: string;
  /** The sessions that triggered the finding (empty for findings about settings). */
  sessionIds: string[];
  /** False for red flags: they always stay on screen. */
  dismissible: boolean;
  /** Emergency signs: the finding stays until the runner says a doctor has seen them. */
  endsWhenSeen?: true;
}

/** The runner's last answer to "how does your back feel" after a warm-up. */
export interface PainBeforeAnswer {
  localDate: string;
  pain: number;
}

export interface GuidanceContext {
  /** The runner's local calendar day (YYYY-MM-DD). */
  today: string;
  /** From the first-run setup; null while it is unanswered. */
  backPainType: BackPainType | null;
  weekStartDay: WeekStartDay;
  /** When the runner last said a doctor had seen them (ISO instant); null or absent: never. */
  seenDoctorAt?: string | null;
  /** The last pain-before answer after a warm-up, which may not be in a check-in yet. */
  painBefore?: PainBeforeAnswer | null;
}

export type PlanSuggestion = 'run' | 'rest-or-cross' | 'rest';

export interface PlanningHelp {
  /** Runs in the current calendar week (week start … today). */
  runsThisWeek: number;
  targetMin: 3;
  targetMax: 4;
  ranYesterday: boolean;
  /** Rest days so far this week: past days of the week without activity, plus today if logged as rest. */
  restDaysThisWeek: number;
  suggestionToday: PlanSuggestion;
  /** One plain sentence explaining the suggestion. */
  reason: string;
}

/** Finding id → local date (YYYY-MM-DD) on which the finding shows again. */
export type Dismissals = Record<string, string>;
