/** The numbers the player draws from the engine's state: countdown ticks, progress bars, active time, and a plan's bounds. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { COUNTDOWN_FROM_SEC, countdownAfter, segmentAt } from '../../../../src/lib/timer/engine-state';
import { buildPlan, previousStepSegment } from '../../../../src/lib/timer/plan';
import { FakeClock, makeRoutine, warmUp, warmUpOptions } from './fixtures';

const plan = buildPlan(warmUp, warmUpOptions);
const step = plan.segments[1]!; // cat-cow, 30 s
const rest = plan.segments[2]!;

describe('countdownAfter', () => {
  it('is the next whole second the countdown will say, from 3 down, in steps only', () => {
    expect(COUNTDOWN_FROM_SEC).toBe(3);
    expect(countdownAfter(step, 30_000)).toBe(3);
    expect(countdownAfter(step, 3_500)).toBe(3);
    expect(countdownAfter(step, 2_500)).toBe(2);
    expect(countdownAfter(step, 1_001)).toBe(1);
    expect(countdownAfter(step, 1_000)).toBe(0);
    expect(countdownAfter(step, 0)).toBe(0);
    expect(countdownAfter(rest, 2_500)).toBe(0);
  });
});

describe('what the player shows while a step runs', () => {
  it('fills the step bar and the routine bar by time, and stretches the step bar with added time', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(20_000); // 15 s into the 30 s cat-cow
    engine.advance();
    expect(engine.snapshot()).toMatchObject({ segmentProgress: 0.5, overallProgress: 20_000 / plan.totalMs });
    engine.addTime(30_000); // the step is now 60 s long, 15 s done
    const snap = engine.snapshot();
    expect(snap).toMatchObject({ segmentProgress: 0.25, segmentDurationMs: 60_000, remainingMs: 45_000 });
    // Added time stretches the step, not the routine: a quarter of cat-cow's planned 30 s is behind us.
    expect(snap.overallProgress).toBeCloseTo((5_000 + 7_500) / plan.totalMs, 10);
  });

  it('counts active time in steps only, not in a rest', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(40_000); // 5 s into the rest after cat-cow's 30 s
    engine.advance();
    const snap = engine.snapshot();
    expect(snap.kind === 'running' && snap.segment.kind).toBe('rest');
    expect(snap.kind === 'running' && snap.stats.activeMs).toBe(30_000);
  });
});

describe('looking around the plan', () => {
  it('finds a step at the very start of the plan', () => {
    const noGetReady = buildPlan(
      makeRoutine([
        { movementId: 'a', durationSec: 10, restAfterSec: 5 },
        { movementId: 'b', durationSec: 10 },
      ]),
      {
        getReadySec: 0,
        switchSidesSec: 0,
      },
    );
    expect(previousStepSegment(noGetReady, 1)).toMatchObject({ index: 0, movementId: 'a' });
    expect(previousStepSegment(noGetReady, 0)).toBeNull();
  });

  it('names the segment a plan does not have (a bug in the engine, never a runner’s doing)', () => {
    expect(() => segmentAt(plan, 99)).toThrow('No segment 99 in the plan');
  });

  it('says which value was refused when a plan cannot be built', () => {
    expect(() => buildPlan(warmUp, { getReadySec: -5, switchSidesSec: 5 })).toThrow(
      'getReadySec must be a non-negative number of seconds, got -5',
    );
    expect(() => buildPlan(warmUp, { getReadySec: 5, switchSidesSec: -1 })).toThrow('switchSidesSec must be');
    expect(() => buildPlan(makeRoutine([{ movementId: 'x', durationSec: 0 }]), warmUpOptions)).toThrow(
      'Step s1 durationSec must be a positive number of seconds, got 0',
    );
    expect(() => buildPlan(makeRoutine([{ movementId: 'x', durationSec: 5, restAfterSec: -1 }]), warmUpOptions)).toThrow(
      'Step s1 restAfterSec must be a non-negative number of seconds, got -1',
    );
  });
});
