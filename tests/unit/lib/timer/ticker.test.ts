import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { createTicker } from '../../../../src/lib/timer/ticker';
import type { TimerEvent, TimerSnapshot } from '../../../../src/lib/timer/types';
import { FakeClock, warmUp, warmUpOptions } from './fixtures';

/** setTimeout/clearTimeout on the fake clock: records when each timeout is due. */
class FakeTimers {
  private nextId = 1;
  readonly pending = new Map<number, { dueAt: number; callback: () => void }>();
  constructor(private readonly clock: FakeClock) {}
  readonly setTimeout = (callback: () => void, delayMs: number): unknown => {
    const id = this.nextId++;
    this.pending.set(id, { dueAt: this.clock.time + delayMs, callback });
    return id;
  };
  readonly clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  /** The single armed timeout's due time (the ticker must never hold more than one). */
  dueAt(): number | null {
    expect(this.pending.size).toBeLessThanOrEqual(1);
    const [timeout] = this.pending.values();
    return timeout ? timeout.dueAt : null;
  }
  /** Moves the clock to the armed timeout (plus lateness) and fires it. */
  fire(lateMs = 0): void {
    const [entry] = this.pending;
    if (!entry) throw new Error('Nothing armed');
    const [id, timeout] = entry;
    this.pending.delete(id);
    this.clock.set(timeout.dueAt + lateMs);
    timeout.callback();
  }
}

function setup(wholeSeconds = false) {
  const clock = new FakeClock(1_000);
  const timers = new FakeTimers(clock);
  const engine = createEngine(buildPlan(warmUp, warmUpOptions), clock.now);
  const ticks: { events: readonly TimerEvent[]; snapshot: TimerSnapshot }[] = [];
  const ticker = createTicker({
    engine,
    now: clock.now,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    wholeSeconds,
    // The fake clock does not move by itself: settling jumps it to the deadline.
    settle: (at) => clock.set(at),
    onTick: (events, snapshot) => ticks.push({ events, snapshot }),
  });
  return { clock, timers, engine, ticker, ticks };
}

describe('ticker', () => {
  it('arms one timeout at exactly the next deadline and re-arms after each wake', () => {
    const { timers, engine, ticker, ticks } = setup();
    expect(timers.dueAt()).toBeNull(); // idle: nothing to wait for
    ticker.act((e) => e.start());
    expect(ticks[0]?.snapshot).toMatchObject({ kind: 'running', segment: { kind: 'get-ready' } });
    expect(timers.dueAt()).toBe(1_000 + 5_000);
    expect(timers.dueAt()).toBe(engine.nextDeadline());

    timers.fire();
    expect(ticks[1]?.events).toEqual([
      expect.objectContaining({ type: 'segment-start', at: 6_000, segment: expect.objectContaining({ movementId: 'cat-cow' }) }),
    ]);
    expect(ticks[1]?.snapshot).toMatchObject({ remainingMs: 30_000 });
    expect(timers.dueAt()).toBe(6_000 + 27_000); // countdown "3" of the 30 s step

    timers.fire(15); // a late wake still reports the tick at its own time
    expect(ticks[2]?.events).toEqual([expect.objectContaining({ type: 'countdown', secondsLeft: 3, at: 33_000 })]);
    expect(ticks[2]?.snapshot).toMatchObject({ remainingMs: 2_985 });
    expect(timers.dueAt()).toBe(34_000);
  });

  it('disarms while paused and re-arms for the time left on resume', () => {
    const { clock, timers, ticker, ticks } = setup();
    ticker.act((e) => e.start());
    clock.set(3_000);
    ticker.act((e) => e.pause());
    expect(ticks.at(-1)?.snapshot).toMatchObject({ kind: 'paused', remainingMs: 3_000 });
    expect(timers.dueAt()).toBeNull();
    clock.set(50_000);
    ticker.act((e) => e.resume());
    expect(timers.dueAt()).toBe(53_000);
  });

  it('re-arms after a control moves the deadline (+15 s)', () => {
    const { clock, timers, ticker } = setup();
    ticker.act((e) => e.start());
    clock.set(2_000);
    ticker.act((e) => e.addTime());
    expect(timers.dueAt()).toBe(1_000 + 5_000 + 15_000);
  });

  it('re-arms for the rest when a timeout fires early', () => {
    const { timers, ticker, ticks } = setup();
    ticker.act((e) => e.start());
    timers.fire(-30); // 30 ms early
    expect(ticks.at(-1)?.events).toEqual([]);
    expect(ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'get-ready' }, remainingMs: 30 });
    expect(timers.dueAt()).toBe(6_000);
  });

  it('holds a timeout that fires a few milliseconds early until its deadline, instead of re-arming (which browsers clamp to 4 ms)', () => {
    const { clock, timers, ticker, ticks } = setup();
    ticker.act((e) => e.start());
    timers.fire(-2.5);
    expect(clock.now()).toBe(6_000);
    expect(ticks.at(-1)?.events.map((e) => e.type)).toContain('segment-start');
    expect(ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'step' } });
  });

  it('holds a timeout exactly 4 ms early, re-arms one a little more than that, and waits for nothing when on time', () => {
    const held = setup();
    held.ticker.act((e) => e.start());
    held.timers.fire(-4);
    expect(held.ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'step' } });

    const rearmed = setup();
    rearmed.ticker.act((e) => e.start());
    rearmed.timers.fire(-4.01);
    expect(rearmed.ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'get-ready' } });
    // Re-armed for the rest, rounded down to a whole millisecond: under 1 ms before the deadline, then held.
    expect(rearmed.timers.dueAt()).toBeGreaterThan(5_999);
    expect(rearmed.timers.dueAt()).toBeLessThanOrEqual(6_000);
    rearmed.timers.fire();
    expect(rearmed.clock.now()).toBe(6_000);
    expect(rearmed.ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'step' } });

    // On time, the busy wait is never entered.
    const clock = new FakeClock(1_000);
    const timers = new FakeTimers(clock);
    const waits: number[] = [];
    const ticker = createTicker({
      engine: createEngine(buildPlan(warmUp, warmUpOptions), clock.now),
      now: clock.now,
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      settle: (at) => waits.push(at),
      onTick: () => {},
    });
    ticker.act((e) => e.start());
    timers.fire(0);
    timers.fire(2);
    expect(waits).toEqual([]);
  });

  it('rounds a fractional delay down and holds the wake until the deadline, so a transition is neither early nor pushed late by rounding', () => {
    const { clock, timers, ticker, ticks } = setup();
    clock.set(1_000.3);
    ticker.act((e) => e.start());
    expect(timers.dueAt()).toBe(1_000.3 + 5_000);
    clock.set(1_500.6);
    ticker.wake();
    expect(timers.dueAt()).toBe(1_500.6 + 4_499); // floor(4_499.7)
    timers.fire();
    expect(clock.now()).toBe(6_000.3);
    expect(ticks.at(-1)?.snapshot).toMatchObject({ segment: { kind: 'step' } });
  });

  it('wakes at each whole second when asked, for a ticking display', () => {
    const { clock, timers, ticker, ticks } = setup(true);
    clock.set(1_000);
    ticker.act((e) => e.start());
    expect(timers.dueAt()).toBe(2_000);
    timers.fire();
    expect(ticks.at(-1)?.snapshot).toMatchObject({ remainingMs: 4_000 });
    clock.set(2_250);
    ticker.wake();
    expect(timers.dueAt()).toBe(3_000);
  });

  it('stops waking once disposed', () => {
    const { timers, ticker, ticks } = setup();
    ticker.act((e) => e.start());
    ticker.dispose();
    expect(timers.dueAt()).toBeNull();
    const before = ticks.length;
    ticker.wake();
    expect(ticks).toHaveLength(before);
  });

  it('stops waking when the routine is done', () => {
    const { clock, timers, ticker, ticks } = setup();
    ticker.act((e) => e.start());
    clock.set(130_000);
    ticker.act((e) => e.skip());
    clock.set(500_000);
    ticker.wake();
    expect(ticks.at(-1)?.snapshot.kind).toBe('done');
    expect(ticks.flatMap((t) => t.events).filter((e) => e.type === 'done')).toHaveLength(1);
    expect(timers.dueAt()).toBeNull();
  });
});
