/** Reminders: when to nudge the runner, as pure functions over an injected clock. */
export { decideReminders, localDay, localInstant, LATE_SKIP_MIN } from './scheduler';
export { usualRunLengthMin, DEFAULT_RUN_LENGTH_MIN, RUN_LENGTH_WINDOW_DAYS } from './run-length';
export { reminderWords } from './words';
export { dayFactsOf } from './day-facts';
export type * from './types';
export { guidanceSaysRest } from './rest';
