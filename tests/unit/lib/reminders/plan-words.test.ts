import { describe, expect, it } from 'vitest';
import { planSummary, readMinutes, toggleDay, weekButtons } from '../../../../src/lib/reminders/plan-words';

describe('reminder plan words', () => {
  it('lists the week from the runner’s first day', () => {
    expect(weekButtons(1).map((b) => b.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekButtons(0)[0]).toEqual({ day: 0, short: 'Sun', long: 'Sunday' });
  });

  it('switches a day on and off, kept in day order', () => {
    expect(toggleDay([1, 6], 3)).toEqual([1, 3, 6]);
    expect(toggleDay([1, 3, 6], 3)).toEqual([1, 6]);
  });

  it('sums the plan up as "Mon, Wed, Sat at 07:00", in week order', () => {
    expect(planSummary([1, 3, 6], '07:00', 1)).toBe('Mon, Wed, Sat at 07:00');
    expect(planSummary([0, 3], '18:30', 1)).toBe('Wed, Sun at 18:30');
    expect(planSummary([], '07:00', 1)).toBe('No run days chosen: every day is a rest day.');
  });

  it('reads whole minutes, an empty run length meaning "from my history"', () => {
    expect(readMinutes(' 45 ', false)).toEqual({ ok: true, value: 45 });
    expect(readMinutes('', true)).toEqual({ ok: true, value: null });
    expect(readMinutes('', false)).toEqual({ ok: false, message: 'Type a number of minutes.' });
    expect(readMinutes('4.5', true)).toEqual({ ok: false, message: 'Whole minutes, please.' });
  });
});
