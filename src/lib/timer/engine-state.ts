/**
 * The timer engine's state, and what it reads at a moment: time into the segment, when it ends,
 * how far the routine has got, the snapshot the screen shows. Pure functions of the plan, the state
 * and a clock reading; engine.ts holds the state and changes it (start, pause, skip, back, …).
 */
import { nextStepSegment } from './plan';
import type { SessionTally } from './tally';
import type { ActiveSnapshot, Segment, TimerPlan } from './types';

/** Countdown ticks fire at 3, 2 and 1 s before the end of a step. */
export const COUNTDOWN_FROM_SEC = 3;

export const MS_PER_SEC = 1000;

export type EngineState =
  | { kind: 'idle' }
  /** `nextCountdown`: the next countdown tick still to fire in this segment (0 = none). */
  | { kind: 'running'; index: number; originAt: number; addedMs: number; nextCountdown: number }
  | { kind: 'paused'; index: number; elapsedMs: number; addedMs: number; nextCountdown: number }
  | { kind: 'done' }
  | { kind: 'stopped'; overallProgress: number };

export type ActiveState = Extract<EngineState, { kind: 'running' | 'paused' }>;

/** The largest countdown tick still ahead with `remainingMs` to go (ticks only in steps, never at their start). */
export function countdownAfter(segment: Segment, remainingMs: number): number {
  if (segment.kind !== 'step') return 0;
  return Math.max(0, Math.min(COUNTDOWN_FROM_SEC, Math.ceil(remainingMs / MS_PER_SEC) - 1));
}

/** What the player shows while a segment is running or paused. */
export function activeSnapshot(plan: TimerPlan, tally: SessionTally, state: ActiveState, now: number): ActiveSnapshot {
  const segment = segmentAt(plan, state.index);
  const segmentDurationMs = segment.durationMs + state.addedMs;
  const elapsedMs = elapsedIn(plan, state, now);
  return {
    kind: state.kind,
    stepCount: plan.stepCount,
    segmentIndex: state.index,
    segment,
    remainingMs: segmentDurationMs - elapsedMs,
    segmentDurationMs,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, buildPlan keeps only segments longer than 0
    segmentProgress: segmentDurationMs > 0 ? elapsedMs / segmentDurationMs : 1,
    overallProgress: overallProgressAt(plan, state, now),
    next: nextStepSegment(plan, state.index),
    stats: tally.stats(segment.kind === 'step' ? elapsedMs : 0),
  };
}

/** Planned time behind us over the planned total; added time stretches the segment, not the total. */
export function overallProgressAt(plan: TimerPlan, state: ActiveState, now: number): number {
  // Stryker disable next-line ConditionalExpression: unreachable, a running or paused state has a segment, so the total is over 0
  if (plan.totalMs === 0) return 0;
  const segment = segmentAt(plan, state.index);
  const lengthMs = segment.durationMs + state.addedMs;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, buildPlan keeps only segments longer than 0
  const share = lengthMs > 0 ? elapsedIn(plan, state, now) / lengthMs : 1;
  return (segment.startMs + share * segment.durationMs) / plan.totalMs;
}

/** Time into the current segment, held within its length even when a boundary has not been processed yet. */
export function elapsedIn(plan: TimerPlan, state: ActiveState, now: number): number {
  if (state.kind === 'paused') return state.elapsedMs;
  const segment = segmentAt(plan, state.index);
  const raw = now - (state.originAt + segment.startMs);
  return Math.min(Math.max(raw, 0), segment.durationMs + state.addedMs);
}

/** When the running segment ends, on the monotonic clock. */
export function segmentEnd(plan: TimerPlan, state: Extract<EngineState, { kind: 'running' }>): number {
  const segment = segmentAt(plan, state.index);
  // Same sums as the next segment's start (origin + added, plus its plan offset), so both are bit-identical.
  return state.originAt + state.addedMs + (segment.startMs + segment.durationMs);
}

/** Segment `index` of the plan; a missing one is a bug in the engine, not a runner's doing. */
export function segmentAt(plan: TimerPlan, index: number): Segment {
  const segment = plan.segments[index];
  if (!segment) throw new Error(`No segment ${index} in the plan`);
  return segment;
}
