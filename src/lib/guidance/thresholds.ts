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

/**
 * Weekly distance counts as "up" above +10% on the baseline weekly average: the common 10% mileage
 * rule of thumb, our choice, not an evidence-based limit. Frandsen et al. 2025 (below) found no link
 * between week-to-week distance ratios and injury; here it only matters together with faster pace.
 */
export const DISTANCE_RISE_FRACTION = 0.1;
/** Pace counts as "faster" when the average time per km drops by more than 3% (our choice: ~10 s/km at 5:30/km, beyond GPS and weather wobble). */
export const PACE_RISE_FRACTION = 0.03;
/** Baseline: up to the 4 previous 7-day blocks before the current week (brief: "previous 2–4 weeks"). */
export const BASELINE_MAX_WEEKS = 4;
/** Baseline needs at least 2 previous 7-day blocks covered by history, or a single odd week would decide. */
export const BASELINE_MIN_WEEKS = 2;

// ---- Single long run -----------------------------------------------------------------------

/**
 * Frandsen JSB et al., "How much running is too much? Identifying high-risk running sessions in a
 * 5200-person cohort study", Br J Sports Med 2025;59(17):1203–1210, doi:10.1136/bjsports-2024-109380:
 * a single run more than 10% longer than the longest run of the previous 30 days was linked to a
 * higher rate of overuse running injury (injury in general, not back pain in particular).
 */
export const LONG_RUN_SPIKE_FRACTION = 0.1;
/** Frandsen et al. 2025 (above): the comparison is with the longest run of the 30 days before the run. */
export const LONG_RUN_LOOKBACK_DAYS = 30;

// ---- Worse after a run ---------------------------------------------------------------------

/**
 * Ostelo RWJG et al., "Interpreting change scores for pain and functional status in low back pain",
 * Spine 2008;33(1):90–94: a change of 2 points on the 0–10 scale (or 30%) is the minimal important
 * change. We use the 2 points only: 30% of a low score (1 → 2) is within the scale's own noise.
 */
export const WORSE_AFTER_RUN_POINTS = 2;
/** Brief: worse after this many runs in a row turns the info into a caution. */
export const WORSE_AFTER_RUN_STREAK = 3;
/** Only runs this recent raise the single-run info (and end a streak that counts). */
export const WORSE_AFTER_RUN_LOOKBACK_DAYS = 7;

// ---- Severe pain ---------------------------------------------------------------------------

/** 7–10 is the usual "severe" band on the 0–10 scale (Serlin RC et al., Pain 1995;61(2):277–284); article: severe → days off running. */
export const SEVERE_PAIN_MIN = 7;
/** Severe pain at any check-in (or before a run) in the last 7 days raises the caution: our choice of window. */
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
/**
 * Article: "consistent back pain after running" → see a doctor. Pain after each of the last 4 runs
 * raises that advice without waiting three weeks. 4 is our own choice: about one week at the
 * article's 3–4 runs a week, and more than a bad day or two.
 */
export const PAIN_AFTER_EVERY_RUN_COUNT = 4;

// ---- Nerve symptoms and red flags ----------------------------------------------------------

/** Brief: numbness/tingling or pain down a leg in the last 14 days → see a doctor. */
export const NERVE_SYMPTOM_LOOKBACK_DAYS = 14;
/**
 * Brief: any red-flag symptom ticked in the last 30 days → see a doctor soon. The emergency signs
 * (src/lib/history/red-flags.ts) have no window: they stay until the runner says they were seen.
 */
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
