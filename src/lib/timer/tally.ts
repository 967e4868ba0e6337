/** Keeps the session stats (steps done or skipped, active time) as the engine leaves step segments. */
import type { SessionStats, TimerPlan } from './types';

export type SegmentOutcome = 'done' | 'skipped';

export interface SavedTally {
  activeMs: number;
  doneSegments: readonly number[];
  skippedSegments: readonly number[];
}

export class SessionTally {
  /** Latest outcome per step segment: a step redone after going back counts once, as last played. */
  private readonly outcomes = new Map<number, SegmentOutcome>();
  private bankedActiveMs = 0;

  constructor(
    private readonly plan: TimerPlan,
    saved?: SavedTally,
  ) {
    if (!saved) return;
    this.bankedActiveMs = saved.activeMs;
    for (const index of saved.doneSegments) this.outcomes.set(index, 'done');
    for (const index of saved.skippedSegments) this.outcomes.set(index, 'skipped');
  }

  /** Leaving a step segment after `activeMs` in it; outcome null when it was left by going back. */
  leaveStep(segmentIndex: number, activeMs: number, outcome: SegmentOutcome | null): void {
    this.bankedActiveMs += activeMs;
    if (outcome) this.outcomes.set(segmentIndex, outcome);
  }

  /** Stats so far; `liveActiveMs` is the time spent in the step segment being played now. */
  stats(liveActiveMs = 0): SessionStats {
    const sidesPerStep = new Map<number, { total: number; outcomes: SegmentOutcome[] }>();
    for (const segment of this.plan.segments) {
      if (segment.kind !== 'step') continue;
      const sides = sidesPerStep.get(segment.stepIndex) ?? { total: 0, outcomes: [] };
      sides.total++;
      const outcome = this.outcomes.get(segment.index);
      if (outcome) sides.outcomes.push(outcome);
      sidesPerStep.set(segment.stepIndex, sides);
    }
    let stepsDone = 0;
    let stepsSkipped = 0;
    for (const { total, outcomes } of sidesPerStep.values()) {
      if (outcomes.includes('skipped')) stepsSkipped++;
      else if (outcomes.length === total) stepsDone++;
    }
    return { stepsDone, stepsSkipped, activeMs: this.bankedActiveMs + liveActiveMs };
  }

  save(): SavedTally {
    const doneSegments: number[] = [];
    const skippedSegments: number[] = [];
    for (const [index, outcome] of [...this.outcomes].sort(([a], [b]) => a - b)) {
      (outcome === 'done' ? doneSegments : skippedSegments).push(index);
    }
    return { activeMs: this.bankedActiveMs, doneSegments, skippedSegments };
  }
}
