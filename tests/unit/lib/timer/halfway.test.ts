import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { crossedHalfway } from '../../../../src/lib/timer/halfway';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { FakeClock, makeRoutine, warmUp } from './fixtures';

// warmUp: cat-cow 30 s [5 s, 35 s), … child-pose 40 s [90 s, 130 s).
function setup(routine = warmUp) {
  const clock = new FakeClock(0);
  const engine = createEngine(buildPlan(routine, { getReadySec: 5, switchSidesSec: 5 }), clock.now);
  engine.start();
  const at = (ms: number) => {
    clock.set(ms);
    engine.advance();
    return engine.snapshot();
  };
  return { engine, at };
}

describe('halfway cue', () => {
  it('fires once, as a 40 s hold crosses its middle', () => {
    const { at } = setup();
    const before = at(109_000);
    const after = at(110_000);
    expect(crossedHalfway(before, after)).toBe(true);
    expect(crossedHalfway(after, at(111_000))).toBe(false);
  });

  it('stays quiet in shorter steps, across a change of step, and while paused', () => {
    const first = setup();
    expect(crossedHalfway(first.at(19_000), first.at(21_000))).toBe(false); // cat-cow, 30 s
    expect(crossedHalfway(first.at(89_000), first.at(111_000))).toBe(false); // not the same step
    const { engine, at } = setup();
    const running = at(109_000);
    engine.pause();
    expect(crossedHalfway(running, at(111_000))).toBe(false);
  });

  it('fires exactly at the middle, and not from a look that was already there', () => {
    const { at } = setup();
    const before = at(109_999);
    const middle = at(110_000); // 20 s of 40 s left
    expect(crossedHalfway(before, middle)).toBe(true);
    expect(crossedHalfway(middle, middle)).toBe(false);
    expect(crossedHalfway(null, middle)).toBe(false);
  });

  it('stays quiet when the middle is crossed by a pause or a resume', () => {
    const paused = setup();
    const running = paused.at(109_000);
    paused.at(110_500);
    paused.engine.pause(); // paused past the middle
    expect(crossedHalfway(running, paused.engine.snapshot())).toBe(false);

    const resumed = setup();
    resumed.at(109_000);
    resumed.engine.pause();
    const wasPaused = resumed.engine.snapshot();
    resumed.engine.resume();
    expect(crossedHalfway(wasPaused, resumed.at(111_000))).toBe(false);
  });

  it('compares within one step only, and never in a long rest', () => {
    // Two 60 s holds: A [5 s, 65 s), B [65 s, 125 s); then a 60 s rest after a short step.
    const twoHolds = setup(
      makeRoutine([
        { movementId: 'child-pose', durationSec: 60 },
        { movementId: 'cat-cow', durationSec: 60 },
      ]),
    );
    const earlyInA = twoHolds.at(30_000); // 35 s left of A: more than half of B
    expect(crossedHalfway(earlyInA, twoHolds.at(100_000))).toBe(false); // 25 s left of B
    const longRest = setup(
      makeRoutine([
        { movementId: 'cat-cow', durationSec: 10, restAfterSec: 60 },
        { movementId: 'child-pose', durationSec: 30 },
      ]),
    ); // rest [15 s, 75 s)
    expect(crossedHalfway(longRest.at(40_000), longRest.at(50_000))).toBe(false);
  });
});
