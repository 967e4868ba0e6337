/** Bounds shared by validation, the step helpers and the editor. */
export const ROUTINE_LIMITS = Object.freeze({
  /** Name length after trimming, in characters (Unicode code points). */
  nameMinChars: 1,
  nameMaxChars: 80,
  minSteps: 1,
  maxSteps: 60,
  /** Per side for 'each' steps, or for the whole step for 'one'. */
  stepMinSec: 5,
  stepMaxSec: 15 * 60,
  restMinSec: 0,
  restMaxSec: 15 * 60,
});

/** Default gap given to switch sides in 'each' steps (Settings.switchSidesSec overrides it). */
export const DEFAULT_SWITCH_SIDES_SEC = 5;

/** Before a run, static holds longer than this per side get a gentle warning. */
export const PRE_RUN_STATIC_HOLD_LIMIT_SEC = 60;
