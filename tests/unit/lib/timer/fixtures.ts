/** Shared test fixtures for the timer: a hand-driven clock and small routines. */
import type { Routine, RoutineStep } from '../../../../src/lib/routines/types';

/** A monotonic clock the test moves by hand. */
export class FakeClock {
  constructor(public time = 0) {}
  readonly now = (): number => this.time;
  set(time: number): void {
    if (time < this.time) throw new Error('A monotonic clock never goes back');
    this.time = time;
  }
  tick(ms: number): void {
    this.set(this.time + ms);
  }
}

type StepInput = Pick<RoutineStep, 'movementId' | 'durationSec'> & Partial<RoutineStep>;

export function makeRoutine(steps: StepInput[], id = 'test-routine'): Routine {
  return {
    id,
    name: 'Test routine',
    phase: 'before',
    builtIn: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    steps: steps.map((step, i) => ({ id: `s${i + 1}`, sides: 'one', restAfterSec: 0, ...step })),
  };
}

/**
 * Segments (ms from the start):
 * 0 get-ready A [0, 5000) · 1 cat-cow [5000, 35000) · 2 rest [35000, 45000) ·
 * 3 hip-flexor left [45000, 65000) · 4 switch sides [65000, 70000) · 5 hip-flexor right [70000, 90000) ·
 * 6 child-pose [90000, 130000)
 */
export const warmUp = makeRoutine([
  { movementId: 'cat-cow', durationSec: 30, restAfterSec: 10 },
  { movementId: 'hip-flexor', durationSec: 20, sides: 'each' },
  { movementId: 'child-pose', durationSec: 40 },
]);

export const warmUpOptions = { getReadySec: 5, switchSidesSec: 5 };
