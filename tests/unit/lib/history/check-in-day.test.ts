import { describe, expect, it } from 'vitest';
import { checkInDayProblem, dayTypeQuestion, localNoonOf } from '../../../../src/lib/history/check-in-day';
import { localDateOf } from '../../../../src/lib/history/dates';

describe('the day of a new check-in', () => {
  it('takes today and any past day back to 1 January 2000', () => {
    expect(checkInDayProblem('2026-11-26', '2026-11-26')).toBeNull();
    expect(checkInDayProblem('2026-11-23', '2026-11-26')).toBeNull();
    expect(checkInDayProblem('2000-01-01', '2026-11-26')).toBeNull();
  });

  it('refuses tomorrow, a day before 2000 and a date that does not exist', () => {
    expect(checkInDayProblem('2026-11-27', '2026-11-26')).toMatch(/cannot be after today/);
    expect(checkInDayProblem('1999-12-31', '2026-11-26')).toMatch(/before 1 January 2000/);
    expect(checkInDayProblem('2026-02-29', '2026-11-26')).toMatch(/real calendar date/);
    expect(checkInDayProblem('', '2026-11-26')).toMatch(/real calendar date/);
  });

  it('starts a back-dated check-in at local noon of its own day, on DST change days too', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01', '2000-01-01', '2024-02-29']) {
      const noon = localNoonOf(day);
      expect(localDateOf(noon)).toBe(day);
      expect(noon.getHours()).toBe(12);
    }
  });
});

describe('the question above the kind of day', () => {
  it("asks about today, yesterday or that day, by the check-in's own date", () => {
    expect(dayTypeQuestion('2026-11-29', '2026-11-29')).toBe('Today was');
    expect(dayTypeQuestion('2026-11-28', '2026-11-29')).toBe('Yesterday was');
    expect(dayTypeQuestion('2026-11-26', '2026-11-29')).toBe('That day was');
    expect(dayTypeQuestion('2025-12-31', '2026-01-01')).toBe('Yesterday was');
  });
});
