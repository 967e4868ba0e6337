import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import type { TimerEvent, TimerPlan } from '../../../../src/lib/timer/types';
import { FakeClock, makeRoutine, warmUp, warmUpOptions } from './fixtures';

/** Deterministic jitter (mulberry32) so a failure can be replayed. */
function jitter(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hourLong = makeRoutine(Array.from({ length: 120 }, (_, i) => ({ movementId: `move-${i}`, durationSec: 30 })));

/** Every event the plan should produce, at its exact absolute time, for a run started at `t0` with no pauses. */
function expectedSchedule(plan: TimerPlan, t0: number): [string, number][] {
  const expected: [string, number][] = [];
  for (const segment of plan.segments) {
    expected.push([`start ${segment.index}`, t0 + segment.startMs]);
    if (segment.kind !== 'step') continue;
    const end = t0 + (segment.startMs + segment.durationMs);
    for (const n of [3, 2, 1]) expected.push([`countdown ${n}`, end - n * 1000]);
  }
  expected.push(['done', t0 + plan.totalMs]);
  return expected;
}

function label(event: TimerEvent): [string, number] {
  if (event.type === 'segment-start') return [`start ${event.segment.index}`, event.at];
  if (event.type === 'countdown') return [`countdown ${event.secondsLeft}`, event.at];
  return ['done', event.at];
}

describe('timer engine: timing over a long routine', () => {
  it('lands every transition of a 60-minute routine on its absolute time, with advance() called at jittery times', () => {
    const plan = buildPlan(hourLong, { getReadySec: 10, switchSidesSec: 5 });
    expect(plan.totalMs).toBe(3_610_000);
    const t0 = 123_456.789; // a performance.now()-like fractional start
    const clock = new FakeClock(t0);
    const engine = createEngine(plan, clock.now);
    const random = jitter(42);
    const events = engine.start();
    let calls = 0;
    while (engine.snapshot().kind !== 'done') {
      clock.tick(1 + random() * 2500);
      events.push(...engine.advance());
      calls++;
      const snap = engine.snapshot();
      if (snap.kind === 'running') {
        // What the runner sees always matches the plan's absolute end for the segment on screen.
        const end = t0 + (snap.segment.startMs + snap.segment.durationMs);
        expect(snap.remainingMs).toBeCloseTo(end - clock.time, 6);
        expect(snap.remainingMs).toBeGreaterThan(0);
      }
    }
    expect(calls).toBeGreaterThan(2000);
    expect(events.map(label)).toEqual(expectedSchedule(plan, t0));
    expect(engine.snapshot()).toMatchObject({ kind: 'done', stats: { stepsDone: 120, stepsSkipped: 0, activeMs: 3_600_000 } });
  });

  it('keeps the schedule exact when each wake-up comes late after nextDeadline()', () => {
    const plan = buildPlan(hourLong, { getReadySec: 10, switchSidesSec: 5 });
    const t0 = 5_000;
    const clock = new FakeClock(t0);
    const engine = createEngine(plan, clock.now);
    const random = jitter(7);
    const events = engine.start();
    for (let deadline = engine.nextDeadline(); deadline !== null; deadline = engine.nextDeadline()) {
      clock.set(Math.max(clock.time, deadline + random() * 40)); // a busy event loop is up to 40 ms late
      events.push(...engine.advance());
    }
    expect(events.map(label)).toEqual(expectedSchedule(plan, t0));
    expect(engine.snapshot().kind).toBe('done');
  });

  it('shifts everything after a pause by exactly the time paused', () => {
    const plan = buildPlan(hourLong, { getReadySec: 10, switchSidesSec: 5 });
    const t0 = 0;
    const clock = new FakeClock(t0);
    const engine = createEngine(plan, clock.now);
    const random = jitter(3);
    const events = engine.start();
    let paused = 0;
    while (engine.snapshot().kind !== 'done') {
      clock.tick(1 + random() * 3000);
      if (random() < 0.05) {
        events.push(...engine.pause());
        const pauseMs = Math.round(random() * 60_000);
        clock.tick(pauseMs);
        paused += pauseMs;
        events.push(...engine.resume());
      } else {
        events.push(...engine.advance());
      }
    }
    const done = events.at(-1);
    expect(done).toEqual({ type: 'done', at: t0 + plan.totalMs + paused });
    expect(paused).toBeGreaterThan(0);
    expect(engine.snapshot().stats.activeMs).toBe(3_600_000);
  });
});

describe('timer engine: catching up after a stall', () => {
  it('reports every missed boundary and countdown in order, each at its own time', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(buildPlan(warmUp, warmUpOptions), clock.now);
    engine.start();
    clock.set(100_000); // the machine was busy for 100 s
    const missed = engine.advance().map((e) => {
      if (e.type === 'countdown') return `${e.at} ${e.secondsLeft}`;
      if (e.type === 'done') return `${e.at} done`;
      return [e.at, e.segment.kind, e.segment.movementId, e.segment.side].filter((part) => part !== null).join(' ');
    });
    expect(missed).toEqual([
      '5000 step cat-cow',
      '32000 3',
      '33000 2',
      '34000 1',
      '35000 rest cat-cow',
      '45000 step hip-flexor left',
      '62000 3',
      '63000 2',
      '64000 1',
      '65000 switch-sides hip-flexor right',
      '70000 step hip-flexor right',
      '87000 3',
      '88000 2',
      '89000 1',
      '90000 step child-pose',
    ]);
    expect(engine.snapshot()).toMatchObject({ kind: 'running', remainingMs: 30000, segment: { movementId: 'child-pose' } });
    expect(engine.snapshot().stats).toEqual({ stepsDone: 2, stepsSkipped: 0, activeMs: 80000 });
  });

  it('acts on the segment really showing when a control comes right after a stall', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(buildPlan(warmUp, warmUpOptions), clock.now);
    engine.start();
    clock.set(68_000); // inside the switch-sides gap, never advanced
    const events = engine.skip();
    expect(events.at(-2)).toMatchObject({ type: 'segment-start', at: 65_000, segment: { kind: 'switch-sides' } });
    expect(events.at(-1)).toMatchObject({ type: 'segment-start', at: 68_000, segment: { kind: 'step', side: 'right' } });
    expect(engine.snapshot()).toMatchObject({ remainingMs: 20000, segment: { movementId: 'hip-flexor', side: 'right' } });
  });

  it('ends with done at the exact end time when the stall outlasts the routine', () => {
    const clock = new FakeClock(0);
    const engine = createEngine(buildPlan(warmUp, warmUpOptions), clock.now);
    engine.start();
    clock.set(1_000_000);
    const events = engine.advance();
    expect(events.at(-1)).toEqual({ type: 'done', at: 130_000 });
    expect(events.filter((e) => e.type === 'segment-start')).toHaveLength(6);
    expect(engine.snapshot()).toMatchObject({ kind: 'done', stats: { stepsDone: 3, stepsSkipped: 0, activeMs: 110_000 } });
  });
});
