/** Types shared by the timer plan, engine and ticker, and rendered by the UI. Pure data, no DOM. */

/** A monotonic clock in milliseconds (performance.now in the app, a fake in tests). */
export type Clock = () => number;

export type Side = 'left' | 'right';

export type SegmentKind = 'get-ready' | 'step' | 'switch-sides' | 'rest';

interface SegmentCommon {
  /** Position in the plan's segment list. */
  index: number;
  /** Offset from the start of the plan, in ms, as planned (no pauses, no added time). */
  startMs: number;
  durationMs: number;
  /** Routine step this segment belongs to (get-ready: the first step; rest: the step just finished). */
  stepIndex: number;
  stepId: string;
  movementId: string;
}

/** Countdown before the first step; side is the side the first step starts on. */
export interface GetReadySegment extends SegmentCommon {
  kind: 'get-ready';
  side: Side | null;
}

/** Doing a movement: one side of an 'each' step, or the whole of a 'one' step (side null). */
export interface StepSegment extends SegmentCommon {
  kind: 'step';
  side: Side | null;
}

/** Gap between the left and right side of one step; side is the side coming up. */
export interface SwitchSidesSegment extends SegmentCommon {
  kind: 'switch-sides';
  side: 'right';
}

/** Rest after a step (never after the last one). */
export interface RestSegment extends SegmentCommon {
  kind: 'rest';
  side: null;
}

export type Segment = GetReadySegment | StepSegment | SwitchSidesSegment | RestSegment;

/** The flat, timed list of segments a routine plays as. */
export interface TimerPlan {
  routineId: string;
  /** Number of routine steps (not segments). */
  stepCount: number;
  segments: readonly Segment[];
  /** Sum of all segment durations, in ms. */
  totalMs: number;
}

export interface PlanOptions {
  getReadySec: number;
  switchSidesSec: number;
}

/** Figures for the history record (RoutineRun); wall-clock times are the UI's job. */
export interface SessionStats {
  /** Steps whose every side ran to its end. */
  stepsDone: number;
  /** Steps with at least one side skipped. */
  stepsSkipped: number;
  /** Time spent in step segments, excluding pauses, in ms. */
  activeMs: number;
}

export type CountdownSeconds = 1 | 2 | 3;

/** Something the UI reacts to (tone, speech); `at` is the exact monotonic time it happened. */
export type TimerEvent =
  | { type: 'segment-start'; segment: Segment; at: number }
  | { type: 'countdown'; secondsLeft: CountdownSeconds; segment: StepSegment; at: number }
  | { type: 'done'; at: number };

interface SnapshotCommon {
  stepCount: number;
  /** Share of the planned routine time behind us, 0..1. */
  overallProgress: number;
  stats: SessionStats;
}

export interface IdleSnapshot extends SnapshotCommon {
  kind: 'idle';
  /** The first step to be done. */
  next: StepSegment | null;
}

export interface ActiveSnapshot extends SnapshotCommon {
  kind: 'running' | 'paused';
  segmentIndex: number;
  /** What is on screen now: kind, step index, movement id and side. */
  segment: Segment;
  remainingMs: number;
  /** Length of the current segment including added time, in ms. */
  segmentDurationMs: number;
  /** Share of the current segment behind us, 0..1. */
  segmentProgress: number;
  /** The next step (or side) to be done after the current segment, null when none is left. */
  next: StepSegment | null;
}

export interface DoneSnapshot extends SnapshotCommon {
  kind: 'done';
}

export interface StoppedSnapshot extends SnapshotCommon {
  kind: 'stopped';
}

export type TimerSnapshot = IdleSnapshot | ActiveSnapshot | DoneSnapshot | StoppedSnapshot;

export type TimerStatus = TimerSnapshot['kind'];

/** Enough to resume a routine after a crash; JSON-serialisable and small. */
export interface TimerCheckpoint {
  version: 1;
  routineId: string;
  /** Guards against restoring onto a plan built differently. */
  segmentCount: number;
  segmentIndex: number;
  elapsedInSegmentMs: number;
  /** Time added to the current segment with +15 s. */
  addedMs: number;
  /** Active time from step segments already left; the current one's elapsed time comes on top. */
  activeMs: number;
  /** Indices of step segments that ran to their end / were skipped. */
  doneSegments: number[];
  skippedSegments: number[];
}
