/** Turns a routine into the flat, timed segment list the engine plays, and looks around in it. */
import type { Routine } from '../routines/types';
import type { PlanOptions, Segment, Side, StepSegment, TimerPlan } from './types';

const MS_PER_SEC = 1000;

function toMs(seconds: number, what: string, allowZero: boolean): number {
  if (!Number.isFinite(seconds) || seconds < 0 || (!allowZero && seconds === 0)) {
    throw new RangeError(`${what} must be a ${allowZero ? 'non-negative' : 'positive'} number of seconds, got ${seconds}`);
  }
  return Math.round(seconds * MS_PER_SEC);
}

/** A segment before its place in the plan is known (Omit spread over each member of the union). */
type SegmentDraft = Segment extends infer S ? (S extends Segment ? Omit<S, 'index' | 'startMs'> : never) : never;

/**
 * get-ready, then for each step its side(s) with a switch-sides gap between them and its rest.
 * Gaps of 0 s are left out; there is no rest after the final step.
 */
export function buildPlan(routine: Routine, options: PlanOptions): TimerPlan {
  const getReadyMs = toMs(options.getReadySec, 'getReadySec', true);
  const switchSidesMs = toMs(options.switchSidesSec, 'switchSidesSec', true);
  const drafts: SegmentDraft[] = [];

  routine.steps.forEach((step, stepIndex) => {
    const durationMs = toMs(step.durationSec, `Step ${step.id} durationSec`, false);
    const restMs = toMs(step.restAfterSec, `Step ${step.id} restAfterSec`, true);
    const belongsTo = { stepIndex, stepId: step.id, movementId: step.movementId };
    const firstSide: Side | null = step.sides === 'each' ? 'left' : null;

    if (stepIndex === 0 && getReadyMs > 0) {
      drafts.push({ kind: 'get-ready', side: firstSide, durationMs: getReadyMs, ...belongsTo });
    }
    drafts.push({ kind: 'step', side: firstSide, durationMs, ...belongsTo });
    if (step.sides === 'each') {
      if (switchSidesMs > 0) drafts.push({ kind: 'switch-sides', side: 'right', durationMs: switchSidesMs, ...belongsTo });
      drafts.push({ kind: 'step', side: 'right', durationMs, ...belongsTo });
    }
    const isLast = stepIndex === routine.steps.length - 1;
    if (restMs > 0 && !isLast) drafts.push({ kind: 'rest', side: null, durationMs: restMs, ...belongsTo });
  });

  // Start offsets are accumulated once here, so the engine never sums durations as it runs.
  let startMs = 0;
  const segments = drafts.map((draft, index) => {
    const segment: Segment = { ...draft, index, startMs };
    startMs += draft.durationMs;
    return segment;
  });
  return { routineId: routine.id, stepCount: routine.steps.length, segments, totalMs: startMs };
}

/** The first step segment after `index`, or null when none is left. */
export function nextStepSegment(plan: TimerPlan, index: number): StepSegment | null {
  // Stryker disable next-line EqualityOperator: equivalent, one index past the end reads undefined and is passed over
  for (let i = index + 1; i < plan.segments.length; i++) {
    const segment = plan.segments[i];
    // Stryker disable next-line OptionalChaining: equivalent, i stays inside the list (the ?. is for the type checker)
    if (segment?.kind === 'step') return segment;
  }
  return null;
}

/** The last step segment before `index`, or null when there is none. */
export function previousStepSegment(plan: TimerPlan, index: number): StepSegment | null {
  for (let i = Math.min(index, plan.segments.length) - 1; i >= 0; i--) {
    const segment = plan.segments[i];
    // Stryker disable next-line OptionalChaining: equivalent, i stays inside the list (the ?. is for the type checker)
    if (segment?.kind === 'step') return segment;
  }
  return null;
}
