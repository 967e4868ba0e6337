/** 20,000 check-ins on one date (a file from before the per-day cap): guidance and the doctor summary stay linear. */
import { describe, expect, it } from 'vitest';
import { evaluateGuidance, planningHelp } from '../../../../src/lib/guidance';
import { doctorSummaryHtml } from '../../../../src/lib/guidance/summary';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { checkInOn, run } from './factory';

const today = '2026-11-26';
const history = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? run(today, { painNow: 3, kinds: ['numbness'], locations: ['leg'] }) : checkInOn(today, { painNow: 2, dayType: 'rest' }),
  );

function timeMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('one crowded day', () => {
  it('costs about ten times as much for ten times the sessions, not a hundred', () => {
    const context = { today, backPainType: 'mechanical' as const, weekStartDay: 1 as const };
    const all = (sessions: ReturnType<typeof history>) => () => {
      evaluateGuidance(sessions, context);
      planningHelp(sessions, today, 1);
      doctorSummaryHtml(sessions, { today, settings: DEFAULT_SETTINGS });
    };
    const small = history(2_000);
    const big = history(20_000);
    all(small)(); // warm up
    const smallMs = Math.min(timeMs(all(small)), timeMs(all(small)));
    const bigMs = Math.min(timeMs(all(big)), timeMs(all(big)));
    // Linear work grows ~10×; quadratic ~100×. 30× leaves room for noise on a busy machine.
    expect(bigMs / smallMs).toBeLessThan(30);
  }, 120_000);
});
