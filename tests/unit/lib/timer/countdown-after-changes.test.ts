/** The spoken 3-2-1 after a restore or added time: it counts down to the step's new end, never to the old one. */
import { describe, expect, it } from 'vitest';
import { createEngine, restoreEngine } from '../../../../src/lib/timer/engine';
import type { TimerEvent } from '../../../../src/lib/timer/types';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { FakeClock, warmUp, warmUpOptions } from './fixtures';

const countdowns = (events: TimerEvent[], from: number) =>
  events.flatMap((e) => (e.type === 'countdown' ? [[e.secondsLeft, e.at - from]] : []));

describe('the countdown after a change', () => {
  const plan = buildPlan(warmUp, warmUpOptions); // cat-cow runs from 5 s to 35 s

  it('goes on from 2 when a step restored from a crash has 2.5 s left', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(32_500); // cat-cow 27.5 s in; "3" was due at 32 s
    engine.advance();
    const saved = engine.checkpoint()!;
    const later = new FakeClock(1_000_000);
    const restored = restoreEngine(plan, saved, later.now);
    // Nothing is said on resuming: "3" belonged to the time before the crash.
    expect(countdowns(restored.resume(), 1_000_000)).toEqual([]);
    expect(restored.nextDeadline()).toBe(1_000_500);
    later.tick(2_500);
    expect(countdowns(restored.advance(), 1_000_000)).toEqual([
      [2, 500],
      [1, 1_500],
    ]);
  });

  it('counts down to the end that a second more gives, not the old one', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(34_500); // half a second left; "3", "2" and "1" are said
    expect(countdowns(engine.advance(), 0)).toEqual([
      [3, 32_000],
      [2, 33_000],
      [1, 34_000],
    ]);
    engine.addTime(1_000); // now 1.5 s left: the step ends at 36 s
    expect(engine.nextDeadline()).toBe(35_000);
    clock.set(35_999);
    expect(countdowns(engine.advance(), 0)).toEqual([[1, 35_000]]);
  });

  it('says nothing again before the new last 3 seconds after +15 s', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(33_500);
    engine.advance(); // "3" and "2" said
    engine.addTime(); // 16.5 s left: the step ends at 50 s
    expect(engine.nextDeadline()).toBe(47_000);
    clock.set(46_999);
    expect(countdowns(engine.advance(), 0)).toEqual([]);
    clock.set(49_000);
    expect(countdowns(engine.advance(), 0)).toEqual([
      [3, 47_000],
      [2, 48_000],
      [1, 49_000],
    ]);
  });
});
