/**
 * The guided-routine timer: a pure state machine over a plan, read against an injected monotonic clock.
 * Segment i starts at `originAt + plan.segments[i].startMs`; pauses, skips, back and added time only
 * move `originAt`, so every boundary is one addition away from the plan and no drift can build up.
 * This file changes the state; engine-state.ts reads it (time into a segment, progress, snapshot).
 */
import { nextStepSegment, previousStepSegment } from './plan';
import { SessionTally } from './tally';
import type { SegmentOutcome } from './tally';
import {
  activeSnapshot,
  countdownAfter,
  elapsedIn,
  MS_PER_SEC,
  overallProgressAt,
  segmentAt,
  segmentEnd,
  type ActiveState,
  type EngineState,
} from './engine-state';
import type { Clock, CountdownSeconds, TimerCheckpoint, TimerEvent, TimerPlan, TimerSnapshot } from './types';

export { COUNTDOWN_FROM_SEC } from './engine-state';

/** Back within this long of a step's start goes to the previous step instead of restarting. */
export const BACK_TO_PREVIOUS_WITHIN_MS = 3000;
/** What the +15 s button adds. */
export const ADD_TIME_MS = 15_000;

export interface TimerEngine {
  readonly plan: TimerPlan;
  /** idle → running: starts the first segment now. */
  start(): TimerEvent[];
  /** Processes every boundary and countdown tick passed since the last call, in order. */
  advance(): TimerEvent[];
  pause(): TimerEvent[];
  resume(): TimerEvent[];
  /** Ends the current segment now and starts the next (done after the last). Keeps a pause. */
  skip(): TimerEvent[];
  /** Restarts the current step, or goes to the previous one within 3 s of its start. Keeps a pause. */
  back(): TimerEvent[];
  /** Lengthens the current segment (default 15 s). */
  addTime(ms?: number): TimerEvent[];
  stop(): TimerEvent[];
  snapshot(): TimerSnapshot;
  /** Monotonic time of the next boundary or countdown tick; null unless running. */
  nextDeadline(): number | null;
  /** Where we are, for resuming after a crash; null when there is nothing to resume. */
  checkpoint(): TimerCheckpoint | null;
}

export function createEngine(plan: TimerPlan, now: Clock): TimerEngine {
  return new Engine(plan, now, new SessionTally(plan), { kind: 'idle' });
}

/** Rebuilds an engine from a checkpoint, paused where it was taken. Throws if it doesn't fit the plan. */
export function restoreEngine(plan: TimerPlan, checkpoint: TimerCheckpoint, now: Clock): TimerEngine {
  const segment = plan.segments[checkpoint.segmentIndex];
  if (checkpoint.routineId !== plan.routineId || checkpoint.segmentCount !== plan.segments.length || !segment) {
    throw new Error('Checkpoint does not belong to this plan');
  }
  const lengthMs = segment.durationMs + checkpoint.addedMs;
  const elapsedMs = Math.min(Math.max(checkpoint.elapsedInSegmentMs, 0), lengthMs);
  const tally = new SessionTally(plan, checkpoint);
  const nextCountdown = countdownAfter(segment, lengthMs - elapsedMs);
  const { addedMs } = checkpoint;
  return new Engine(plan, now, tally, { kind: 'paused', index: segment.index, elapsedMs, addedMs, nextCountdown });
}

class Engine implements TimerEngine {
  constructor(
    readonly plan: TimerPlan,
    private readonly now: Clock,
    private readonly tally: SessionTally,
    private state: EngineState,
  ) {}

  start(): TimerEvent[] {
    if (this.state.kind !== 'idle') return [];
    const events: TimerEvent[] = [];
    this.enterAt(0, this.now(), events, false);
    return events;
  }

  advance(): TimerEvent[] {
    const events: TimerEvent[] = [];
    this.catchUp(this.now(), events);
    return events;
  }

  pause(): TimerEvent[] {
    const now = this.now();
    const events: TimerEvent[] = [];
    this.catchUp(now, events);
    const state = this.state;
    if (state.kind === 'running') {
      const { index, addedMs, nextCountdown } = state;
      this.state = { kind: 'paused', index, elapsedMs: elapsedIn(this.plan, state, now), addedMs, nextCountdown };
    }
    return events;
  }

  resume(): TimerEvent[] {
    const state = this.state;
    if (state.kind !== 'paused') return [];
    const now = this.now();
    const originAt = now - segmentAt(this.plan, state.index).startMs - state.elapsedMs;
    const { index, addedMs, nextCountdown } = state;
    this.state = { kind: 'running', index, originAt, addedMs, nextCountdown };
    // A segment restored at its very end finishes straight away.
    return this.advance();
  }

  skip(): TimerEvent[] {
    const now = this.now();
    const events: TimerEvent[] = [];
    this.catchUp(now, events);
    const state = this.state;
    if (state.kind !== 'running' && state.kind !== 'paused') return events;
    this.leave(state, now, 'skipped');
    this.enterAt(state.index + 1, now, events, state.kind === 'paused');
    return events;
  }

  back(): TimerEvent[] {
    const now = this.now();
    const events: TimerEvent[] = [];
    this.catchUp(now, events);
    const state = this.state;
    if (state.kind !== 'running' && state.kind !== 'paused') return events;
    const current = segmentAt(this.plan, state.index);
    const previousIndex = previousStepSegment(this.plan, current.index)?.index ?? current.index;
    let target: number;
    if (current.kind === 'get-ready') target = current.index;
    else if (current.kind !== 'step')
      target = previousIndex; // a gap or rest belongs to the step before it
    else target = elapsedIn(this.plan, state, now) < BACK_TO_PREVIOUS_WITHIN_MS ? previousIndex : current.index;
    this.leave(state, now, null);
    this.enterAt(target, now, events, state.kind === 'paused');
    return events;
  }

  addTime(ms: number = ADD_TIME_MS): TimerEvent[] {
    if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`Time to add must be positive, got ${ms}`);
    const now = this.now();
    const events: TimerEvent[] = [];
    this.catchUp(now, events);
    const state = this.state;
    if (state.kind !== 'running' && state.kind !== 'paused') return events;
    const segment = segmentAt(this.plan, state.index);
    const addedMs = state.addedMs + ms;
    const remainingMs = segment.durationMs + addedMs - elapsedIn(this.plan, state, now);
    this.state = { ...state, addedMs, nextCountdown: countdownAfter(segment, remainingMs) };
    return events;
  }

  stop(): TimerEvent[] {
    const now = this.now();
    const events: TimerEvent[] = [];
    this.catchUp(now, events);
    const state = this.state;
    if (state.kind === 'done' || state.kind === 'stopped') return events;
    const overallProgress = state.kind === 'idle' ? 0 : overallProgressAt(this.plan, state, now);
    if (state.kind !== 'idle') this.leave(state, now, null);
    this.state = { kind: 'stopped', overallProgress };
    return events;
  }

  nextDeadline(): number | null {
    const state = this.state;
    if (state.kind !== 'running') return null;
    const end = segmentEnd(this.plan, state);
    return state.nextCountdown > 0 ? end - state.nextCountdown * MS_PER_SEC : end;
  }

  snapshot(): TimerSnapshot {
    const state = this.state;
    const stepCount = this.plan.stepCount;
    switch (state.kind) {
      case 'idle':
        return { kind: 'idle', stepCount, overallProgress: 0, stats: this.tally.stats(), next: nextStepSegment(this.plan, -1) };
      case 'done':
        return { kind: 'done', stepCount, overallProgress: 1, stats: this.tally.stats() };
      case 'stopped':
        return { kind: 'stopped', stepCount, overallProgress: state.overallProgress, stats: this.tally.stats() };
      default:
        return activeSnapshot(this.plan, this.tally, state, this.now());
    }
  }

  checkpoint(): TimerCheckpoint | null {
    const state = this.state;
    if (state.kind !== 'running' && state.kind !== 'paused') return null;
    const saved = this.tally.save();
    return {
      version: 1,
      routineId: this.plan.routineId,
      segmentCount: this.plan.segments.length,
      segmentIndex: state.index,
      elapsedInSegmentMs: elapsedIn(this.plan, state, this.now()),
      addedMs: state.addedMs,
      activeMs: saved.activeMs,
      doneSegments: [...saved.doneSegments],
      skippedSegments: [...saved.skippedSegments],
    };
  }

  /** Fires every countdown tick and boundary due by `now`, each at its own exact time. */
  private catchUp(now: number, events: TimerEvent[]): void {
    while (this.state.kind === 'running') {
      const state = this.state;
      const segment = segmentAt(this.plan, state.index);
      const end = segmentEnd(this.plan, state);
      while (segment.kind === 'step' && state.nextCountdown > 0 && end - state.nextCountdown * MS_PER_SEC <= now) {
        const secondsLeft = state.nextCountdown as CountdownSeconds;
        events.push({ type: 'countdown', secondsLeft, segment, at: end - secondsLeft * MS_PER_SEC });
        state.nextCountdown--;
      }
      if (end > now) return;
      this.leave(state, end, 'done');
      // Added time shifts everything after it; the origin is carried over, never re-derived from a time.
      this.enterOnSchedule(state.index + 1, state.originAt + state.addedMs, events);
    }
  }

  /** Starts segment `index` on the plan's schedule from `originAt` (or ends the routine past the last). */
  private enterOnSchedule(index: number, originAt: number, events: TimerEvent[]): void {
    const segment = this.plan.segments[index];
    if (!segment) {
      this.state = { kind: 'done' };
      events.push({ type: 'done', at: originAt + this.plan.totalMs });
      return;
    }
    const nextCountdown = countdownAfter(segment, segment.durationMs);
    this.state = { kind: 'running', index, originAt, addedMs: 0, nextCountdown };
    events.push({ type: 'segment-start', segment, at: originAt + segment.startMs });
  }

  /** Starts segment `index` at `at`, off schedule (start, skip, back), or ends the routine past the last. */
  private enterAt(index: number, at: number, events: TimerEvent[], paused: boolean): void {
    const segment = this.plan.segments[index];
    if (!segment) {
      this.state = { kind: 'done' };
      events.push({ type: 'done', at });
      return;
    }
    const nextCountdown = countdownAfter(segment, segment.durationMs);
    this.state = paused
      ? { kind: 'paused', index, elapsedMs: 0, addedMs: 0, nextCountdown }
      : { kind: 'running', index, originAt: at - segment.startMs, addedMs: 0, nextCountdown };
    events.push({ type: 'segment-start', segment, at });
  }

  /** Books the time spent in a step segment being left, and how it ended (null: left by going back or stopping). */
  private leave(state: ActiveState, now: number, outcome: SegmentOutcome | null): void {
    if (segmentAt(this.plan, state.index).kind === 'step') this.tally.leaveStep(state.index, elapsedIn(this.plan, state, now), outcome);
  }
}
