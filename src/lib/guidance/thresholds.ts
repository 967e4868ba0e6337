/**
 * Every number the guidance rules use, with where it comes from.
 * "Article" is the source article in /work/shared (running with back pain); "brief" is the product brief.
 * Windows are counted in calendar days on local dates, today included.
 */

// ---- Runs per week -------------------------------------------------------------------------

/** Length of the rolling "last week" window: today and the 6 days before. */
export const WEEK_WINDOW_DAYS = 7;
/** Lower end of the article's advice to run 3 to 4 times a week. */
export const MIN_RUNS_PER_WEEK = 3;
/** Upper end of the article's advice to run 3 to 4 times a week (more → caution). */
export const MAX_RUNS_PER_WEEK = 4;
/** Brief: only mention too few runs once the history spans at least 14 days, so new users aren't nagged. */
export const MIN_HISTORY_DAYS_FOR_CONSISTENCY = 14;

// ---- Rest days -----------------------------------------------------------------------------

/** Article: take at least one rest day a week (checked over the same rolling 7 days). */
export const MIN_REST_DAYS_PER_WEEK = 1;

// ---- Distance and speed together -----------------------------------------------------------

/** Weekly distance counts as "up" above +10% on the baseline weekly average (the common 10% mileage rule of thumb). */
export const DISTANCE_RISE_FRACTION = 0.1;
/** Pace counts as "faster" when the average time per km drops by more than 3% (our choice: ~10 s/km at 5:30/km, beyond GPS and weather wobble). */
export const PACE_RISE_FRACTION = 0.03;
/** Baseline: up to the 4 previous 7-day blocks before the current week (brief: "previous 2–4 weeks"). */
export const BASELINE_MAX_WEEKS = 4;
/** Baseline needs at least 2 previous 7-day blocks covered by history, or a single odd week would decide. */
export const BASELINE_MIN_WEEKS = 2;

// ---- Single long run -----------------------------------------------------------------------

/** Nielsen et al. 2025 (BJSM, 5,205 runners): a run >10% longer than the longest of the previous 30 days raised injury risk. */
export const LONG_RUN_SPIKE_FRACTION = 0.1;
/** Nielsen et al. 2025: the comparison is with the longest run of the 30 days before the run. */
export const LONG_RUN_LOOKBACK_DAYS = 30;

// ---- Worse after a run ---------------------------------------------------------------------

/** Ostelo et al. 2008 (Spine): about 2 points on the 0–10 scale is the minimal important change in low back pain. */
export const WORSE_AFTER_RUN_POINTS = 2;
/** Ostelo et al. 2008 (Spine): a 30% change is the relative minimal important change. */
export const WORSE_AFTER_RUN_FRACTION = 0.3;
/** Brief: worse after this many runs in a row turns the info into a caution. */
export const WORSE_AFTER_RUN_STREAK = 3;
/** Only runs this recent raise the single-run info (and end a streak that counts). */
export const WORSE_AFTER_RUN_LOOKBACK_DAYS = 7;

// ---- Severe pain ---------------------------------------------------------------------------

/** 7–10 is the usual "severe" band on the 0–10 scale (Serlin et al. 1995, Pain); article: severe → days off running. */
export const SEVERE_PAIN_MIN = 7;
/** Severe pain after a run in the last 7 days raises the caution. */
export const SEVERE_PAIN_LOOKBACK_DAYS = 7;
/** Article: "a few days" off running after severe pain; planning help suggests rest this many days. */
export const SEVERE_PAIN_DAYS_OFF = 3;

// ---- Persistent pain -----------------------------------------------------------------------

/** Lowest pain score that counts as "pain" (anything above 0 on the 0–10 scale). */
export const PAIN_MIN_POINTS = 1;
/** Article: pain lasting longer than a few weeks → doctor; "more than three weeks" = at least 22 calendar days. */
export const PERSISTENT_PAIN_MIN_DAYS = 22;
/** Window for "pain after most runs": the last 4 weeks. */
export const PERSISTENT_PAIN_LOOKBACK_DAYS = 28;
/** A pattern needs at least 3 runs with a pain score in that window. */
export const PERSISTENT_PAIN_MIN_RUNS = 3;
/** A week or more without any pain score breaks a pain spell: we can't say the pain carried on. */
export const PAIN_SPELL_MAX_GAP_DAYS = 7;
/** A pain spell only counts if its latest painful check-in is this recent. */
export const PAIN_SPELL_RECENT_DAYS = 7;

// ---- Nerve symptoms and red flags ----------------------------------------------------------

/** Brief: numbness/tingling or pain down a leg in the last 14 days → see a doctor. */
export const NERVE_SYMPTOM_LOOKBACK_DAYS = 14;
/** Brief: any red-flag symptom ticked in the last 30 days → see a doctor soon. */
export const RED_FLAG_LOOKBACK_DAYS = 30;

// ---- Setup answers, dismissals, planning ---------------------------------------------------

/** Brief: the welcome for mechanical back pain shows only while there are fewer than 3 check-ins. */
export const WELCOME_MAX_CHECKINS = 3;
/** Brief: a dismissal lasts a week. */
export const DISMISSAL_DAYS = 7;
/** Planning: with no rest day yet this week and this many days left (today included), suggest rest. */
export const LATE_IN_WEEK_DAYS_LEFT = 2;
/** Article: don't run every day — after this many run days in a row, suggest cross-training or rest. */
export const MAX_RUN_DAYS_IN_A_ROW = 2;
