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
  /** Waits (at most EARLY_TOLERANCE_MS) until the clock reaches `at`; default: a short busy wait on `now`. */
  settle?: (at: number) => void;
}

export interface Ticker {
  /** Runs a control on the engine (start, pause, skip…), reports its events and re-arms for the new deadline. */
  act(control: (engine: TimerEngine) => TimerEvent[]): void;
  /** Advances to now, reports and re-arms (e.g. after the machine wakes from sleep). */
  wake(): void;
  dispose(): void;
}

const MS_PER_SEC = 1000;
/**
 * A timeout that fires this close before its deadline is held until the deadline instead of re-armed:
 * browsers clamp a re-armed timeout nested five deep to 4 ms, so waiting out the rest is always sooner.
 */
export const EARLY_TOLERANCE_MS = 4;

export function createTicker(options: TickerOptions): Ticker {
  const { engine, now, onTick, wholeSeconds = false } = options;
  const schedule: ScheduleTimeout = options.setTimeout ?? ((callback, delayMs) => globalThis.setTimeout(callback, delayMs));
  const cancel: CancelTimeout =
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>));
  const settle =
    options.settle ??
    ((at: number) => {
      while (now() < at) {
        // Busy wait: re-arming for under a millisecond would be clamped to 4 ms by the browser.
      }
    });
  let pending: { handle: unknown; at: number } | null = null;
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
    // Rounded down: the browser fires at or after the whole milliseconds asked, so under 1 ms before `at`,
    // which the settle closes; rounding up made every transition up to 1 ms late.
    pending = { handle: schedule(onTimeout, Math.max(0, Math.floor(at - now()))), at };
  }

  function onTimeout(): void {
    const at = pending?.at ?? now();
    pending = null;
    // Timers fire up to a fraction of a millisecond early; one that fires earlier than the
    // tolerance finds no events and re-arms for the rest.
    const early = at - now();
    if (early > 0 && early <= EARLY_TOLERANCE_MS) settle(at);
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
