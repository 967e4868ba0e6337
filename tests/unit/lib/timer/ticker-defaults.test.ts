/** The ticker with nothing injected: the platform's timers, and a short busy wait for a timeout that fires a little early. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { createTicker, EARLY_TOLERANCE_MS } from '../../../../src/lib/timer/ticker';
import type { TimerEvent } from '../../../../src/lib/timer/types';
import { warmUp, warmUpOptions } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

const kinds = (events: readonly TimerEvent[]) => events.map((e) => (e.type === 'segment-start' ? e.segment.kind : e.type));

describe('the ticker on the platform’s own timers', () => {
  it('starts the first step when get-ready ends, and stops waking once disposed', () => {
    vi.useFakeTimers();
    const start = Date.now();
    const now = () => Date.now() - start;
    const engine = createEngine(buildPlan(warmUp, warmUpOptions), now);
    const seen: string[][] = [];
    const ticker = createTicker({ engine, now, onTick: (events) => seen.push(kinds(events)) });
    ticker.act((e) => e.start());
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(4_999);
    expect(seen).toEqual([['get-ready']]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([['get-ready'], ['step']]);
    ticker.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(seen).toHaveLength(2);
  });

  it('holds a timeout that fires within the tolerance until its deadline, instead of re-arming', () => {
    let clock = 0;
    // A clock that moves a tenth of a millisecond each time it is read, as a busy wait sees it.
    const now = () => (clock += 0.1);
    const engine = createEngine(buildPlan(warmUp, warmUpOptions), () => clock);
    const armed: { callback: () => void; delayMs: number }[] = [];
    const seen: string[][] = [];
    const ticker = createTicker({
      engine,
      now,
      onTick: (events) => seen.push(kinds(events)),
      setTimeout: (callback, delayMs) => armed.push({ callback, delayMs }),
      clearTimeout: () => undefined,
    });
    ticker.act((e) => e.start());
    const deadline = engine.nextDeadline()!;
    clock = deadline - EARLY_TOLERANCE_MS / 2; // the platform fired half a millisecond early
    armed.at(-1)!.callback();
    expect(clock).toBeGreaterThanOrEqual(deadline);
    expect(seen.at(-1)).toEqual(['step']);
  });
});
