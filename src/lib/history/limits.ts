/** The bounds of a history record, apart from the schemas: screens show them without loading zod. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_CROSS_TRAINING_KIND = 60;
export const MAX_NOTE = 2000;
export const MAX_ROUTINE_NAME = 200;
export const MAX_DISTANCE_KM = 500;
export const MAX_DURATION_SEC = 86_400 * 2;
export const MAX_ACTIVE_MS = MAX_DURATION_SEC * 1000;
export const MAX_STEPS = 1000;
export const MAX_PAINKILLER_NOTE = 80;
/** Plausible bounds of an average heart rate in a run (beats per minute). */
export const MIN_HEART_RATE = 30;
export const MAX_HEART_RATE = 250;
export const MAX_CLIMB_M = 10_000;
