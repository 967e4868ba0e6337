import { describe, expect, it } from 'vitest';
import { todayView } from '../../../../src/lib/guidance';
import type { Finding, PlanningHelp } from '../../../../src/lib/guidance';

const plan = (suggestionToday: PlanningHelp['suggestionToday']): PlanningHelp => ({
  runsThisWeek: 1,
  targetMin: 3,
  targetMax: 4,
  ranYesterday: false,
  restDaysThisWeek: 1,
  suggestionToday,
  reason: 'Because.',
});
const redFlag: Finding = {
  id: 'red-flag:2026-11-25',
  rule: 'red-flag',
  level: 'see-doctor',
  title: 'See a doctor soon',
  body: '…',
  sessionIds: ['s1'],
  dismissible: false,
};

describe('what Home says about today', () => {
  it('passes the plan through for mechanical back pain', () => {
    expect(todayView(plan('run'), [], 'mechanical')).toEqual({ kind: 'run', headline: 'A good day for a run', reason: 'Because.' });
    expect(todayView(plan('rest'), [], 'mechanical').headline).toBe('A rest day');
  });
  it('says to get urgent medical help for an emergency sign, above a red flag', () => {
    const emergency: Finding = {
      ...redFlag,
      id: 'emergency:2026-11-25',
      rule: 'emergency',
      level: 'emergency',
      title: 'Get urgent medical help now',
      endsWhenSeen: true,
    };
    expect(todayView(plan('run'), [redFlag, emergency], 'mechanical')).toMatchObject({
      kind: 'see-doctor',
      headline: 'Get urgent medical help now',
    });
  });
  it('never suggests a run past a red flag', () => {
    expect(todayView(plan('run'), [redFlag], 'mechanical')).toMatchObject({ kind: 'see-doctor', headline: 'See a doctor first' });
  });
  it('suggests a run only with the doctor’s agreement for structural or unknown back pain', () => {
    expect(todayView(plan('run'), [], 'structural').headline).toBe('A run, if your doctor agrees');
    expect(todayView(plan('run'), [], 'unknown').headline).toBe('A run, if your doctor agrees');
    expect(todayView(plan('rest-or-cross'), [], 'structural').headline).toBe('Rest or cross-train');
  });
});
