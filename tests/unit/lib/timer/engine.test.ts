import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/lib/timer/engine';
import type { TimerEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import type { TimerEvent } from '../../../../src/lib/timer/types';
import { FakeClock, makeRoutine, warmUp, warmUpOptions } from './fixtures';

const T0 = 10_000;

function setup(routine = warmUp) {
  const clock = new FakeClock(T0);
  const engine = createEngine(buildPlan(routine, warmUpOptions), clock.now);
  return { clock, engine };
}

/** What the runner sees: the segment kind, movement, side and time left. */
function shown(engine: TimerEngine) {
  const snap = engine.snapshot();
  if (snap.kind !== 'running' && snap.kind !== 'paused') return { status: snap.kind };
  return {
    status: snap.kind,
    kind: snap.segment.kind,
    movementId: snap.segment.movementId,
    side: snap.segment.side,
    remainingMs: snap.remainingMs,
  };
}

/** Compact event list: [type, detail, at relative to T0]. */
function brief(events: TimerEvent[]) {
  return events.map((e) =>
    e.type === 'segment-start'
      ? [e.segment.kind, e.segment.movementId, e.segment.side, e.at - T0]
      : e.type === 'countdown'
        ? ['countdown', e.secondsLeft, e.at - T0]
        : ['done', e.at - T0],
  );
}

describe('timer engine: the routine plays in order', () => {
  it('waits idle with the first step up next and nothing scheduled', () => {
    const { engine } = setup();
    const snap = engine.snapshot();
    expect(snap).toMatchObject({ kind: 'idle', overallProgress: 0, next: { movementId: 'cat-cow' } });
    expect(engine.nextDeadline()).toBeNull();
    expect(engine.advance()).toEqual([]);
  });

  it('counts down get-ready, then starts the first step exactly on time', () => {
    const { clock, engine } = setup();
    expect(brief(engine.start())).toEqual([['get-ready', 'cat-cow', null, 0]]);
    expect(shown(engine)).toEqual({ status: 'running', kind: 'get-ready', movementId: 'cat-cow', side: null, remainingMs: 5000 });
    expect(engine.nextDeadline()).toBe(T0 + 5000);

    clock.set(T0 + 4999);
    expect(engine.advance()).toEqual([]);
    expect(shown(engine)).toMatchObject({ kind: 'get-ready', remainingMs: 1 });

    clock.set(T0 + 5000);
    expect(brief(engine.advance())).toEqual([['step', 'cat-cow', null, 5000]]);
    const snap = engine.snapshot();
    expect(snap).toMatchObject({
      kind: 'running',
      remainingMs: 30000,
      segmentProgress: 0,
      next: { movementId: 'hip-flexor', side: 'left' },
    });
  });

  it('ticks 3, 2, 1 in the last seconds of a step, then rests', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 5000);
    engine.advance();
    expect(engine.nextDeadline()).toBe(T0 + 32000); // 3 s before the end of the 30 s step
    const events: TimerEvent[] = [];
    for (const t of [32000, 33000, 34000, 35000]) {
      clock.set(T0 + t);
      expect(engine.nextDeadline()).toBe(T0 + t);
      events.push(...engine.advance());
    }
    expect(brief(events)).toEqual([
      ['countdown', 3, 32000],
      ['countdown', 2, 33000],
      ['countdown', 1, 34000],
      ['rest', 'cat-cow', null, 35000],
    ]);
    expect(shown(engine)).toMatchObject({ kind: 'rest', remainingMs: 10000 });
    expect(engine.snapshot()).toMatchObject({ next: { movementId: 'hip-flexor', side: 'left' } });
  });

  it('plays a per-side step as left, switch-sides gap, right', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 45000);
    engine.advance();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'hip-flexor', side: 'left', remainingMs: 20000 });
    expect(engine.snapshot()).toMatchObject({ next: { movementId: 'hip-flexor', side: 'right' } });

    clock.set(T0 + 65000);
    engine.advance();
    expect(shown(engine)).toMatchObject({ kind: 'switch-sides', movementId: 'hip-flexor', side: 'right', remainingMs: 5000 });

    clock.set(T0 + 70000);
    expect(brief(engine.advance())).toEqual([['step', 'hip-flexor', 'right', 70000]]);
    expect(shown(engine)).toMatchObject({ kind: 'step', side: 'right', remainingMs: 20000 });
  });

  it('reports overall progress through the planned time', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 65000);
    engine.advance();
    expect(engine.snapshot().overallProgress).toBeCloseTo(65000 / 130000, 10);
    clock.set(T0 + 130000);
    expect(brief(engine.advance()).at(-1)).toEqual(['done', 130000]);
    expect(engine.snapshot()).toMatchObject({
      kind: 'done',
      overallProgress: 1,
      stats: { stepsDone: 3, stepsSkipped: 0, activeMs: 110000 },
    });
    expect(engine.nextDeadline()).toBeNull();
  });
});

describe('timer engine: pause and resume', () => {
  it('keeps the exact time left in a switch-sides gap across a long pause', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 67000); // 2 s into the 5 s gap
    engine.pause();
    expect(shown(engine)).toEqual({ status: 'paused', kind: 'switch-sides', movementId: 'hip-flexor', side: 'right', remainingMs: 3000 });
    expect(engine.nextDeadline()).toBeNull();

    clock.tick(600_000); // ten minutes on the phone
    expect(engine.advance()).toEqual([]);
    expect(shown(engine)).toMatchObject({ status: 'paused', kind: 'switch-sides', remainingMs: 3000 });

    const resumedAt = clock.time;
    engine.resume();
    expect(shown(engine)).toMatchObject({ status: 'running', kind: 'switch-sides', remainingMs: 3000 });
    expect(engine.nextDeadline()).toBe(resumedAt + 3000);
    clock.set(resumedAt + 2999);
    expect(engine.advance()).toEqual([]);
    clock.set(resumedAt + 3000);
    const [event] = engine.advance();
    expect(event).toMatchObject({ type: 'segment-start', at: resumedAt + 3000, segment: { kind: 'step', side: 'right' } });
    expect(shown(engine)).toMatchObject({ kind: 'step', side: 'right', remainingMs: 20000 });
  });

  it('does not count paused time as active time', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 15000); // 10 s into cat-cow
    engine.pause();
    clock.tick(60_000);
    engine.resume();
    clock.tick(5000);
    expect(engine.snapshot().stats.activeMs).toBe(15000);
  });
});

describe('timer engine: back', () => {
  it('restarts the first step, and pressing again at its start keeps it (no step before it)', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 15000); // 10 s into cat-cow
    expect(brief(engine.back())).toEqual([
      ['step', 'cat-cow', null, 5000], // the boundary passed since the last call comes first
      ['step', 'cat-cow', null, 15000],
    ]);
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'cat-cow', remainingMs: 30000 });

    clock.tick(1000);
    engine.back();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'cat-cow', remainingMs: 30000 });
    expect(engine.nextDeadline()).toBe(clock.time + 27000);
  });

  it('restarts the current step, then goes to the previous one when pressed again within 3 s', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 100_000); // 10 s into child-pose
    engine.advance();
    engine.back();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'child-pose', remainingMs: 40000 });

    clock.tick(2000);
    engine.back();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'hip-flexor', side: 'right', remainingMs: 20000 });
    engine.back(); // at the very start of a step: previous again
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'hip-flexor', side: 'left', remainingMs: 20000 });
  });

  it('from a rest, goes back to the step just done', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 40000); // 5 s into the rest after cat-cow
    engine.advance();
    engine.back();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'cat-cow', remainingMs: 30000 });
  });

  it('moves while paused and stays paused', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 100_000);
    engine.pause();
    engine.back();
    engine.back();
    expect(shown(engine)).toMatchObject({ status: 'paused', movementId: 'hip-flexor', side: 'right', remainingMs: 20000 });
    expect(engine.nextDeadline()).toBeNull();
  });
});

describe('timer engine: skip, +15 s and stop', () => {
  it('skips to the next segment at once and counts the step as skipped', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 10000); // 5 s into cat-cow
    engine.advance();
    expect(brief(engine.skip())).toEqual([['rest', 'cat-cow', null, 10000]]);
    expect(shown(engine)).toMatchObject({ kind: 'rest', remainingMs: 10000 });
    expect(engine.snapshot().stats).toEqual({ stepsDone: 0, stepsSkipped: 1, activeMs: 5000 });
  });

  it('ends the routine when the last step is skipped', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 95000); // 5 s into child-pose, the last step
    engine.advance();
    expect(brief(engine.skip())).toEqual([['done', 95000]]);
    expect(engine.snapshot()).toMatchObject({ kind: 'done', overallProgress: 1, stats: { stepsDone: 2, stepsSkipped: 1 } });
    expect(engine.nextDeadline()).toBeNull();
    expect(engine.skip()).toEqual([]);
  });

  it('adds 15 s to the current segment and shifts everything after it', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 33500); // cat-cow with 1.5 s left, "3" and "2" already ticked
    expect(brief(engine.advance())).toEqual([
      ['step', 'cat-cow', null, 5000],
      ['countdown', 3, 32000],
      ['countdown', 2, 33000],
    ]);
    engine.addTime();
    expect(shown(engine)).toMatchObject({ kind: 'step', movementId: 'cat-cow', remainingMs: 16500 });
    expect(engine.snapshot()).toMatchObject({ segmentDurationMs: 45000 });
    expect(engine.nextDeadline()).toBe(T0 + 47000); // the countdown starts over at the new end

    clock.set(T0 + 50000);
    expect(brief(engine.advance())).toEqual([
      ['countdown', 3, 47000],
      ['countdown', 2, 48000],
      ['countdown', 1, 49000],
      ['rest', 'cat-cow', null, 50000],
    ]);
    clock.set(T0 + 60000);
    expect(brief(engine.advance())).toEqual([['step', 'hip-flexor', 'left', 60000]]);
  });

  it('adds 15 s while paused, kept after resuming', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 2000);
    engine.pause();
    engine.addTime();
    expect(shown(engine)).toMatchObject({ status: 'paused', kind: 'get-ready', remainingMs: 18000 });
    engine.resume();
    expect(engine.nextDeadline()).toBe(T0 + 20000);
  });

  it('stops: nothing more happens and the stats so far are kept', () => {
    const { clock, engine } = setup();
    engine.start();
    clock.set(T0 + 50000); // 5 s into hip-flexor left, cat-cow done
    engine.advance();
    engine.stop();
    const snap = engine.snapshot();
    expect(snap).toMatchObject({ kind: 'stopped', stats: { stepsDone: 1, stepsSkipped: 0, activeMs: 35000 } });
    expect(snap.overallProgress).toBeCloseTo(50000 / 130000, 10);
    expect(engine.nextDeadline()).toBeNull();
    clock.tick(200_000);
    expect(engine.advance()).toEqual([]);
    expect(engine.resume()).toEqual([]);
    expect(engine.snapshot().kind).toBe('stopped');
    expect(engine.checkpoint()).toBeNull();
  });

  it('finishes at once for a routine without steps', () => {
    const { engine } = setup(makeRoutine([]));
    expect(brief(engine.start())).toEqual([['done', 0]]);
    expect(engine.snapshot()).toMatchObject({ kind: 'done', stats: { stepsDone: 0, stepsSkipped: 0, activeMs: 0 } });
  });
});
