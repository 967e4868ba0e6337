import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { crossedHalfway } from '../../../../src/lib/timer/halfway';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { FakeClock, warmUp } from './fixtures';

// warmUp: cat-cow 30 s [5 s, 35 s), … child-pose 40 s [90 s, 130 s).
function setup() {
  const clock = new FakeClock(0);
  const engine = createEngine(buildPlan(warmUp, { getReadySec: 5, switchSidesSec: 5 }), clock.now);
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
});
