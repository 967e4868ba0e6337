/**
 * Runs in real Chromium with the real clock: plays a routine of many short steps through the app's
 * own engine and ticker, and records how late each transition fires. For contrast, it also runs
 * the naive approach (a fresh setTimeout per step, counting down), whose lateness piles up.
 */
import { buildPlan, createEngine, createTicker } from '../src/lib/timer';
import type { Routine } from '../src/lib/routines/types';

export interface TimerBenchResult {
  steps: number;
  stepMs: number;
  /** ms each step transition fired after its scheduled absolute time. */
  lateness: number[];
  /** Scheduled end minus planned end (start + total): error that built up in the schedule itself. */
  scheduleDriftMs: number;
  /** When the end actually fired minus the planned end. */
  endLatenessMs: number;
  /** Naive chained timeouts: when the last step ended minus the planned end (null when not run). */
  naiveDriftMs: number | null;
  /** Plain absolute scheduling (each timeout aimed at start + k × step), same page: ms late per step. */
  plainLateness: number[];
}

function routineOf(steps: number, stepMs: number): Routine {
  return {
    id: 'bench',
    name: 'Bench',
    phase: 'before',
    builtIn: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `s${i}`,
      movementId: 'hip-circles',
      durationSec: stepMs / 1000,
      sides: 'one' as const,
      restAfterSec: 0,
    })),
  };
}

function engineRun(steps: number, stepMs: number): Promise<Omit<TimerBenchResult, 'naiveDriftMs' | 'plainLateness'>> {
  const plan = buildPlan(routineOf(steps, stepMs), { getReadySec: 0, switchSidesSec: 0 });
  const now = () => performance.now();
  const engine = createEngine(plan, now);
  const lateness: number[] = [];
  return new Promise((resolve) => {
    let startAt = 0;
    const ticker = createTicker({
      engine,
      now,
      onTick: (events) => {
        const firedAt = performance.now();
        for (const event of events) {
          if (event.type === 'segment-start' && event.segment.index === 0) {
            startAt = event.at;
          } else if (event.type === 'segment-start') {
            lateness.push(firedAt - event.at);
          } else if (event.type === 'done') {
            lateness.push(firedAt - event.at);
            ticker.dispose();
            resolve({
              steps,
              stepMs,
              lateness,
              scheduleDriftMs: event.at - (startAt + plan.totalMs),
              endLatenessMs: firedAt - (startAt + plan.totalMs),
            });
          }
        }
      },
    });
    ticker.act((e) => e.start());
  });
}

function naiveRun(steps: number, stepMs: number): Promise<number> {
  return new Promise((resolve) => {
    const startAt = performance.now();
    let left = steps;
    const next = () => {
      left -= 1;
      if (left === 0) resolve(performance.now() - (startAt + steps * stepMs));
      else setTimeout(next, stepMs);
    };
    setTimeout(next, stepMs);
  });
}

/** The floor this browser allows: one timeout a step, each aimed at its absolute time. */
function plainAbsoluteRun(steps: number, stepMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const startAt = performance.now();
    const lateness: number[] = [];
    let k = 1;
    const next = () => {
      lateness.push(performance.now() - (startAt + k * stepMs));
      k += 1;
      if (k > steps) resolve(lateness);
      else setTimeout(next, startAt + k * stepMs - performance.now());
    };
    setTimeout(next, stepMs);
  });
}

export async function runTimerBench(steps: number, stepMs: number, withNaive: boolean): Promise<TimerBenchResult> {
  const engine = await engineRun(steps, stepMs);
  const plainLateness = await plainAbsoluteRun(steps, stepMs);
  const naiveDriftMs = withNaive ? await naiveRun(steps, stepMs) : null;
  return { ...engine, naiveDriftMs, plainLateness };
}

(globalThis as unknown as { runTimerBench: typeof runTimerBench }).runTimerBench = runTimerBench;
