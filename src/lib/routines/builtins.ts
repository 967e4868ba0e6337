/**
 * Built-in routines. Read-only: ids are stable and their content is restored by `restoreBuiltIns`.
 *
 * Target totals with the default 5 s switch-sides gap (checked by the unit tests):
 * - Before the run: about 8–10 min (wheel steps 30–60 s, then dynamic drills).
 * - After the run: about 10–12 min (wheel steps 60–120 s, then 30 s static holds per side).
 * - Quick warm-up and quick cool-down: about 5 min each.
 */
import { deepFreeze } from './freeze';
import type { Routine, RoutineStep, StepSides } from './types';

export const BUILTIN_IDS = Object.freeze({
  before: 'builtin-before',
  after: 'builtin-after',
  beforeShort: 'builtin-before-short',
  afterShort: 'builtin-after-short',
} as const);

/** Fixed so that built-ins compare equal across app versions unless their content changes. */
export const BUILTIN_UPDATED_AT = '2026-01-01T00:00:00.000Z';

function step(id: string, movementId: string, durationSec: number, sides: StepSides, restAfterSec = 0): RoutineStep {
  return { id, movementId, durationSec, sides, restAfterSec };
}

const beforeRun: Routine = {
  id: BUILTIN_IDS.before,
  name: 'Before the run',
  phase: 'before',
  builtIn: true,
  updatedAt: BUILTIN_UPDATED_AT,
  steps: [
    // Loosen up on the wheel first: upper back, mid back, glutes.
    step('b-wheel-upper', 'wheel-upper-back', 45, 'one'),
    step('b-wheel-mid', 'wheel-mid-back', 45, 'one'),
    step('b-wheel-glutes', 'wheel-glutes', 45, 'each'),
    // Still on the floor: wake the back and hips up gently.
    step('b-cat-cow', 'cat-cow', 30, 'one'),
    step('b-bridge', 'glute-bridge', 30, 'one', 10),
    // Standing dynamic warm-up.
    step('b-swing-front', 'leg-swing-front-back', 30, 'each'),
    step('b-swing-side', 'leg-swing-side', 30, 'each'),
    step('b-hip-circles', 'hip-circles', 30, 'one'),
    step('b-lunge-twist', 'walking-lunge-twist', 30, 'one'),
    step('b-wgs', 'worlds-greatest-stretch', 30, 'each'),
    step('b-high-knees', 'high-knees', 30, 'one'),
    step('b-butt-kicks', 'butt-kicks', 30, 'one'),
  ],
};

const afterRun: Routine = {
  id: BUILTIN_IDS.after,
  name: 'After the run',
  phase: 'after',
  builtIn: true,
  updatedAt: BUILTIN_UPDATED_AT,
  steps: [
    // Ease off on the wheel: calves and glutes seated, then the back lying down.
    step('a-wheel-calves', 'wheel-calves', 60, 'each'),
    step('a-wheel-glutes', 'wheel-glutes', 60, 'each'),
    step('a-wheel-upper', 'wheel-upper-back', 60, 'one'),
    step('a-wheel-mid', 'wheel-mid-back', 60, 'one'),
    // Static stretches, lying first, then kneeling, then standing.
    step('a-hamstring', 'hamstring-stretch', 30, 'each'),
    step('a-figure-four', 'figure-four-stretch', 30, 'each'),
    step('a-childs-pose', 'childs-pose', 30, 'one'),
    step('a-hip-flexor', 'hip-flexor-stretch', 30, 'each'),
    step('a-quad', 'quad-stretch', 30, 'each'),
  ],
};

const quickWarmUp: Routine = {
  id: BUILTIN_IDS.beforeShort,
  name: 'Quick warm-up (5 min)',
  phase: 'before',
  builtIn: true,
  updatedAt: BUILTIN_UPDATED_AT,
  steps: [
    step('qb-wheel-upper', 'wheel-upper-back', 30, 'one'),
    step('qb-wheel-glutes', 'wheel-glutes', 30, 'each'),
    step('qb-cat-cow', 'cat-cow', 30, 'one'),
    step('qb-swing-front', 'leg-swing-front-back', 30, 'each'),
    step('qb-hip-circles', 'hip-circles', 30, 'one'),
    step('qb-lunge-twist', 'walking-lunge-twist', 30, 'one'),
    step('qb-high-knees', 'high-knees', 30, 'one'),
    step('qb-butt-kicks', 'butt-kicks', 30, 'one'),
  ],
};

const quickCoolDown: Routine = {
  id: BUILTIN_IDS.afterShort,
  name: 'Quick cool-down (5 min)',
  phase: 'after',
  builtIn: true,
  updatedAt: BUILTIN_UPDATED_AT,
  steps: [
    step('qa-wheel-glutes', 'wheel-glutes', 60, 'each'),
    step('qa-wheel-upper', 'wheel-upper-back', 60, 'one'),
    step('qa-hamstring', 'hamstring-stretch', 30, 'each'),
    step('qa-figure-four', 'figure-four-stretch', 30, 'each'),
  ],
};

/** All built-ins in display order. Frozen: copy before changing (the library functions do). */
export const BUILTIN_ROUTINES: readonly Routine[] = deepFreeze([beforeRun, afterRun, quickWarmUp, quickCoolDown]);

const BUILTIN_ID_SET: ReadonlySet<string> = new Set(BUILTIN_ROUTINES.map((r) => r.id));

export function isBuiltInId(id: unknown): boolean {
  return typeof id === 'string' && BUILTIN_ID_SET.has(id);
}

/** The canonical built-in with this id (frozen), or undefined. */
export function builtInById(id: string): Routine | undefined {
  return BUILTIN_ROUTINES.find((r) => r.id === id);
}
