/**
 * Wakes the engine at exactly its next deadline with one timeout at a time (no polling), reports
 * the events and snapshot, and re-arms. Timer functions are injected so tests can drive it.
 */
import type { TimerEngine } from './engine';
import type { Clock, TimerEvent, TimerSnapshot } from './types';

export type ScheduleTimeout = (callback: () => void, delayMs: number) => unknown;
export type CancelTimeout = (handle: unknown) => void;
export type TickListener = (events: readonly TimerEvent[], snapshot: TimerSnapshot) => void;

export interface TickerOptions {
  engine: TimerEngine;
  now: Clock;
  onTick: TickListener;
  setTimeout?: ScheduleTimeout;
  clearTimeout?: CancelTimeout;
  /** Also wake whenever the whole seconds left change, for a "0:27" display; off: boundaries and countdown only. */
  wholeSeconds?: boolean;
}

export interface Ticker {
  /** Runs a control on the engine (start, pause, skip…), reports its events and re-arms for the new deadline. */
  act(control: (engine: TimerEngine) => TimerEvent[]): void;
  /** Advances to now, reports and re-arms (e.g. after the machine wakes from sleep). */
  wake(): void;
  dispose(): void;
}

const MS_PER_SEC = 1000;

export function createTicker(options: TickerOptions): Ticker {
  const { engine, now, onTick, wholeSeconds = false } = options;
  const schedule: ScheduleTimeout = options.setTimeout ?? ((callback, delayMs) => globalThis.setTimeout(callback, delayMs));
  const cancel: CancelTimeout =
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>));
  let pending: { handle: unknown } | null = null;
  let disposed = false;

  function wakeTime(): number | null {
    const deadline = engine.nextDeadline();
    if (deadline === null || !wholeSeconds) return deadline;
    const snapshot = engine.snapshot();
    if (snapshot.kind !== 'running') return deadline;
    // The shown seconds (rounded up) change when the remaining time next drops to a whole second.
    const untilNextSecond = snapshot.remainingMs % MS_PER_SEC || MS_PER_SEC;
    return Math.min(deadline, now() + untilNextSecond);
  }

  function arm(): void {
    if (pending) cancel(pending.handle);
    pending = null;
    if (disposed) return;
    const at = wakeTime();
    if (at === null) return;
    // A timeout that fires early just finds no events and re-arms for the rest.
    pending = { handle: schedule(onTimeout, Math.max(0, at - now())) };
  }

  function onTimeout(): void {
    pending = null;
    report(engine.advance());
  }

  function report(events: TimerEvent[]): void {
    if (disposed) return;
    onTick(events, engine.snapshot());
    arm();
  }

  arm();
  return {
    act: (control) => report(control(engine)),
    wake: () => report(engine.advance()),
    dispose: () => {
      disposed = true;
      arm();
    },
  };
}
