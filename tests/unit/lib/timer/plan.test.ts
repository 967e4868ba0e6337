import { describe, expect, it } from 'vitest';
import { buildPlan, nextStepSegment, previousStepSegment } from '../../../../src/lib/timer/plan';
import { makeRoutine, warmUp, warmUpOptions } from './fixtures';

describe('buildPlan', () => {
  it('lays out get-ready, sides with a switch gap and rests, with accumulated start times', () => {
    const plan = buildPlan(warmUp, warmUpOptions);
    expect(plan.segments.map((s) => [s.kind, s.movementId, s.side, s.startMs, s.durationMs])).toEqual([
      ['get-ready', 'cat-cow', null, 0, 5000],
      ['step', 'cat-cow', null, 5000, 30000],
      ['rest', 'cat-cow', null, 35000, 10000],
      ['step', 'hip-flexor', 'left', 45000, 20000],
      ['switch-sides', 'hip-flexor', 'right', 65000, 5000],
      ['step', 'hip-flexor', 'right', 70000, 20000],
      ['step', 'child-pose', null, 90000, 40000],
    ]);
    expect(plan.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(plan.segments.map((s) => s.stepIndex)).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(plan.totalMs).toBe(130000);
    expect(plan.stepCount).toBe(3);
  });

  it('never rests after the final step and tells the first side in get-ready', () => {
    const routine = makeRoutine([
      { movementId: 'pigeon', durationSec: 30, sides: 'each', restAfterSec: 15 },
      { movementId: 'knees-to-chest', durationSec: 30, restAfterSec: 15 },
    ]);
    const plan = buildPlan(routine, warmUpOptions);
    expect(plan.segments[0]).toMatchObject({ kind: 'get-ready', movementId: 'pigeon', side: 'left' });
    expect(plan.segments.map((s) => s.kind)).toEqual(['get-ready', 'step', 'switch-sides', 'step', 'rest', 'step']);
    expect(plan.segments.at(-1)).toMatchObject({ kind: 'step', movementId: 'knees-to-chest' });
  });

  it('leaves out zero-second get-ready and switch-sides gaps', () => {
    const routine = makeRoutine([{ movementId: 'pigeon', durationSec: 30, sides: 'each' }]);
    const plan = buildPlan(routine, { getReadySec: 0, switchSidesSec: 0 });
    expect(plan.segments.map((s) => [s.kind, s.side, s.startMs])).toEqual([
      ['step', 'left', 0],
      ['step', 'right', 30000],
    ]);
  });

  it('refuses durations that cannot be timed', () => {
    expect(() => buildPlan(makeRoutine([{ movementId: 'x', durationSec: 0 }]), warmUpOptions)).toThrow(RangeError);
    expect(() => buildPlan(makeRoutine([{ movementId: 'x', durationSec: Number.NaN }]), warmUpOptions)).toThrow(RangeError);
    expect(() => buildPlan(makeRoutine([{ movementId: 'x', durationSec: 5, restAfterSec: -1 }]), warmUpOptions)).toThrow(RangeError);
    expect(() => buildPlan(warmUp, { getReadySec: -5, switchSidesSec: 5 })).toThrow(RangeError);
  });

  it('gives an empty plan for a routine without steps', () => {
    const plan = buildPlan(makeRoutine([]), warmUpOptions);
    expect(plan.segments).toEqual([]);
    expect(plan.totalMs).toBe(0);
  });

  it('finds the step segments around a gap', () => {
    const plan = buildPlan(warmUp, warmUpOptions);
    expect(nextStepSegment(plan, 4)).toMatchObject({ movementId: 'hip-flexor', side: 'right' });
    expect(previousStepSegment(plan, 4)).toMatchObject({ movementId: 'hip-flexor', side: 'left' });
    expect(previousStepSegment(plan, 1)).toBeNull();
    expect(nextStepSegment(plan, 6)).toBeNull();
  });
});
