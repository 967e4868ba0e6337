import { describe, expect, it } from 'vitest';
import { parseCheckpoint } from '../../../../src/lib/timer/checkpoint';
import { createEngine, restoreEngine } from '../../../../src/lib/timer/engine';
import { buildPlan } from '../../../../src/lib/timer/plan';
import { FakeClock, makeRoutine, warmUp, warmUpOptions } from './fixtures';

describe('crash checkpoint', () => {
  it('round-trips through JSON and resumes paused at the same step, side and time left', () => {
    const plan = buildPlan(warmUp, warmUpOptions);
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    clock.set(10_000);
    engine.skip(); // cat-cow skipped after 5 s → rest
    clock.set(15_000);
    engine.skip(); // rest skipped → hip-flexor left from 15 s
    clock.set(45_000); // left done at 35 s, gap to 40 s, right 5 s in
    engine.advance();
    clock.set(52_000);
    engine.addTime(); // right side now 35 s long, 23 s left
    const saved = engine.checkpoint();
    expect(saved).toMatchObject({ segmentIndex: 5, elapsedInSegmentMs: 12000, addedMs: 15000 });

    const fromDisk = parseCheckpoint(JSON.parse(JSON.stringify(saved)));
    expect(fromDisk).toEqual(saved);

    const laterClock = new FakeClock(9_000_000); // the app restarted: a new monotonic time base
    const restored = restoreEngine(plan, fromDisk!, laterClock.now);
    expect(restored.snapshot()).toMatchObject({
      kind: 'paused',
      segment: { kind: 'step', movementId: 'hip-flexor', side: 'right' },
      remainingMs: 23000,
      segmentDurationMs: 35000,
      stats: { stepsDone: 0, stepsSkipped: 1, activeMs: 5000 + 20000 + 12000 },
    });
    expect(restored.nextDeadline()).toBeNull();

    restored.resume();
    expect(restored.nextDeadline()).toBe(9_000_000 + 20_000); // countdown "3" before the new end
    laterClock.tick(23_000);
    expect(restored.advance()).toContainEqual(
      expect.objectContaining({ type: 'segment-start', at: 9_023_000, segment: expect.objectContaining({ movementId: 'child-pose' }) }),
    );
    laterClock.tick(40_000);
    restored.advance();
    // Time before the crash is counted once: 5 + 20 + 35 + 40 s.
    expect(restored.snapshot()).toMatchObject({ kind: 'done', stats: { stepsDone: 2, stepsSkipped: 1, activeMs: 100_000 } });
  });

  it('has nothing to save before the start or after the end', () => {
    const plan = buildPlan(warmUp, warmUpOptions);
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    expect(engine.checkpoint()).toBeNull();
    engine.start();
    clock.set(200_000);
    engine.advance();
    expect(engine.checkpoint()).toBeNull();
  });

  it('refuses a checkpoint from another routine or a damaged file', () => {
    const plan = buildPlan(warmUp, warmUpOptions);
    const clock = new FakeClock(0);
    const engine = createEngine(plan, clock.now);
    engine.start();
    const saved = engine.checkpoint()!;
    const otherPlan = buildPlan(makeRoutine([{ movementId: 'cat-cow', durationSec: 30 }], 'other'), warmUpOptions);
    expect(() => restoreEngine(otherPlan, saved, clock.now)).toThrow(/does not belong/);
    expect(() => restoreEngine(plan, { ...saved, segmentIndex: 99 }, clock.now)).toThrow(/does not belong/);
    expect(parseCheckpoint({ ...saved, elapsedInSegmentMs: -1 })).toBeNull();
    expect(parseCheckpoint('{"version":1')).toBeNull();
    expect(parseCheckpoint(null)).toBeNull();
  });
});
