/** Time arithmetic for routines. */
import type { RoutineStep } from './types';

export interface TotalOptions {
  /** Gap between the first and second side of an 'each' step, in seconds. */
  switchSidesSec: number;
}

/** The fields of a step that affect its length (works for stored steps and editor drafts). */
export type TimedStep = Pick<RoutineStep, 'durationSec' | 'sides' | 'restAfterSec'>;

/** Non-finite or negative numbers count as zero, so a bad draft never yields NaN. */
function secs(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Seconds a step takes without its rest: both sides plus the switch gap for 'each' steps. */
export function stepActiveSec(step: TimedStep, options: TotalOptions): number {
  const duration = secs(step.durationSec);
  return step.sides === 'each' ? 2 * duration + secs(options.switchSidesSec) : duration;
}

/**
 * Total routine time in seconds: every step (both sides and the switch gap for 'each' steps)
 * plus the rest after each step except the last.
 */
export function routineTotalSec(routine: { steps: readonly TimedStep[] }, options: TotalOptions): number {
  const { steps } = routine;
  let total = 0;
  steps.forEach((step, index) => {
    total += stepActiveSec(step, options);
    if (index < steps.length - 1) total += secs(step.restAfterSec);
  });
  return total;
}
