/** What each control does in the states where it should do nothing, or keep a pause; and a checkpoint that does not fit. */
import { describe, expect, it } from 'vitest';
import { BACK_TO_PREVIOUS_WITHIN_MS, createEngine, restoreEngine } from '../../../../src/lib/timer/engine';
import type { TimerEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import type { TimerCheckpoint } from '../../../../src/lib/timer/types';
import { FakeClock, warmUp, warmUpOptions } from './fixtures';

const T0 = 10_000;
const plan = buildPlan(warmUp, warmUpOptions);

function setup() {
  const clock = new FakeClock(T0);
  return { clock, engine: createEngine(plan, clock.now) };
}

/** The segment index and time left the player shows, or the state's kind when nothing plays. */
function where(engine: TimerEngine) {
  const snap = engine.snapshot();
  if (snap.kind !== 'running' && snap.kind !== 'paused') return { kind: snap.kind };
  return { kind: snap.kind, index: snap.segment.index, remainingMs: snap.remainingMs };
}

const checkpoint = (overrides: Partial<TimerCheckpoint> = {}): TimerCheckpoint => ({
  version: 1,
  routineId: warmUp.id,
  segmentCount: plan.segments.length,
  segmentIndex: 1,
  elapsedInSegmentMs: 10_000,
  addedMs: 0,
  activeMs: 0,
  doneSegments: [],
  skippedSegments: [],
  ...overrides,
});

describe('controls that have nothing to act on', () => {
  it('before Start: pause, resume, skip, back and +15 s do nothing; Stop ends at 0% progress', () => {
    const { engine } = setup();
    for (const control of [() => engine.pause(), () => engine.resume(), () => engine.skip(), () => engine.back(), () => engine.addTime()]) {
      expect(control()).toEqual([]);
      expect(where(engine)).toEqual({ kind: 'idle' });
    }
    expect(engine.stop()).toEqual([]);
    expect(engine.snapshot()).toMatchObject({ kind: 'stopped', overallProgress: 0 });
  });

  it('Start twice starts once; resume while running changes nothing', () => {
    const { clock, engine } = setup();
    expect(engine.start()).toHaveLength(1);
    clock.tick(2000);
    expect(engine.start()).toEqual([]);
    expect(engine.resume()).toEqual([]);
    expect(where(engine)).toEqual({ kind: 'running', index: 0, remainingMs: 3000 });
  });

  it('after Stop, every control does nothing and the stopped progress stays', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 20_000);
    engine.stop();
    const stopped = engine.snapshot();
    expect(stopped.kind).toBe('stopped');
    clock.tick(60_000);
    for (const control of [() => engine.skip(), () => engine.back(), () => engine.addTime(), () => engine.resume(), () => engine.stop()]) {
      expect(control()).toEqual([]);
    }
    expect(engine.snapshot()).toEqual(stopped);
  });

  it('after the routine is done, Stop reports nothing and the routine stays done', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 200_000);
    expect(engine.advance().at(-1)).toMatchObject({ type: 'done' });
    expect(engine.stop()).toEqual([]);
    expect(engine.pause()).toEqual([]);
    expect(engine.snapshot().kind).toBe('done');
  });
});

describe('controls during a pause keep the pause', () => {
  it('skip, back and +15 s move the paused routine without starting it', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 15_000); // 10 s into cat-cow
    engine.pause();
    expect(engine.pause()).toEqual([]); // a second pause changes nothing
    expect(where(engine)).toEqual({ kind: 'paused', index: 1, remainingMs: 20_000 });

    engine.addTime();
    expect(where(engine)).toEqual({ kind: 'paused', index: 1, remainingMs: 35_000 });
    clock.tick(60_000); // time paused does not count
    expect(engine.advance()).toEqual([]);
    expect(where(engine)).toEqual({ kind: 'paused', index: 1, remainingMs: 35_000 });

    engine.skip();
    expect(where(engine)).toEqual({ kind: 'paused', index: 2, remainingMs: 10_000 });
    engine.back();
    expect(where(engine)).toMatchObject({ kind: 'paused', index: 1 });
    expect(engine.nextDeadline()).toBeNull();
  });
});

describe('back within the first seconds of a step', () => {
  it('goes to the previous step just before the limit, and restarts this one at it', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 45_000); // hip-flexor left starts
    engine.advance();
    clock.tick(BACK_TO_PREVIOUS_WITHIN_MS - 1);
    engine.back();
    expect(where(engine)).toMatchObject({ index: 1, remainingMs: 30_000 });

    clock.set(T0 + 200_000);
    const again = setup();
    again.engine.start();
    again.clock.set(T0 + 45_000 + BACK_TO_PREVIOUS_WITHIN_MS);
    again.engine.back();
    expect(where(again.engine)).toMatchObject({ index: 3, remainingMs: 20_000 });
  });
});

describe('+15 s', () => {
  it('refuses a length that is not a positive number of milliseconds', () => {
    const { engine } = setup();
    engine.start();
    for (const ms of [0, -1000, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => engine.addTime(ms), String(ms)).toThrow(RangeError);
    expect(where(engine)).toEqual({ kind: 'running', index: 0, remainingMs: 5000 });
  });
});

describe('restoring a checkpoint', () => {
  it('refuses one from another routine, another plan length, or a segment the plan does not have', () => {
    const { clock } = setup();
    for (const bad of [
      checkpoint({ routineId: 'another-routine' }),
      checkpoint({ segmentCount: plan.segments.length + 1 }),
      checkpoint({ segmentIndex: plan.segments.length }),
    ]) {
      expect(() => restoreEngine(plan, bad, clock.now), JSON.stringify(bad)).toThrow('Checkpoint does not belong to this plan');
    }
  });

  it('resumes paused where it was, counting the time added to that step', () => {
    const { clock } = setup();
    const engine = restoreEngine(plan, checkpoint({ elapsedInSegmentMs: 40_000, addedMs: 15_000 }), clock.now);
    expect(where(engine)).toEqual({ kind: 'paused', index: 1, remainingMs: 5000 });
    const clamped = restoreEngine(plan, checkpoint({ elapsedInSegmentMs: 99_000, addedMs: 15_000 }), clock.now);
    expect(where(clamped)).toEqual({ kind: 'paused', index: 1, remainingMs: 0 });
  });
});
