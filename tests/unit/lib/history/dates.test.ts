import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, localDateOf, weekStartOf, weekday } from '../../../../src/lib/history/dates';

describe('local dates', () => {
  it('knows weekdays and week starts for Monday- and Sunday-starting weeks', () => {
    expect(weekday('2026-11-26')).toBe(4); // a Thursday
    expect(weekStartOf('2026-11-26', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-26', 0)).toBe('2026-11-22');
    expect(weekStartOf('2026-11-23', 1)).toBe('2026-11-23');
  });
  it('counts days across a DST change as whole days', () => {
    // Europe changed clocks on 2026-03-29; the days still count as 1 each.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
  });
  it('rejects impossible dates', () => {
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
  });
  it('takes the local day of an instant in the given zone', () => {
    const lateEvening = new Date('2026-11-26T23:30:00-08:00');
    expect(localDateOf(lateEvening, 'America/Los_Angeles')).toBe('2026-11-26');
    expect(localDateOf(lateEvening, 'Europe/Berlin')).toBe('2026-11-27');
  });
});
