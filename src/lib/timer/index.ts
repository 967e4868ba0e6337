/** Public face of the guided-routine timer for the UI. (Checkpoint validation is main's: import ./checkpoint, which brings zod.) */
export { buildPlan, nextStepSegment, previousStepSegment } from './plan';
export { ADD_TIME_MS, BACK_TO_PREVIOUS_WITHIN_MS, COUNTDOWN_FROM_SEC, createEngine, restoreEngine } from './engine';
export type { TimerEngine } from './engine';
export { createTicker } from './ticker';
export type { CancelTimeout, ScheduleTimeout, TickListener, Ticker, TickerOptions } from './ticker';
export type * from './types';
