import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareInstants,
  daysBetween,
  isLocalDate,
  isLocalDateOfInstant,
  isPlausibleLocalDate,
  dayNumber,
  thisWeekWords,
  localDateOf,
  weekStartOf,
  weekday,
} from '../../../../src/lib/history/dates';

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

describe('date maths for every year a session may carry', () => {
  it('round-trips every day number and finds the week start, including years below 100', () => {
    expect(weekStartOf('0100-01-01', 1)).toBe('0099-12-28');
    expect(weekStartOf('1970-01-01', 1)).toBe('1969-12-29');
    for (const year of [1, 99, 100, 1969, 1970, 2026, 2027, 9999]) {
      const date = `${String(year).padStart(4, '0')}-03-01`;
      expect(addDays(addDays(date, -1), 1)).toBe(date);
      expect(isLocalDate(addDays(date, -1))).toBe(true);
    }
  });
  it('accepts only 1970 to next year as plausible', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(isPlausibleLocalDate('1970-01-01', now)).toBe(true);
    expect(isPlausibleLocalDate('2027-12-31', now)).toBe(true);
    expect(isPlausibleLocalDate('1969-12-31', now)).toBe(false);
    expect(isPlausibleLocalDate('2028-01-01', now)).toBe(false);
    expect(isPlausibleLocalDate('0100-01-01', now)).toBe(false);
    expect(isPlausibleLocalDate('9999-12-31', now)).toBe(false);
  });
  it('knows which local dates an instant can have somewhere on Earth (±14 h)', () => {
    expect(isLocalDateOfInstant('2026-11-27', '2026-11-26T23:30:00-08:00')).toBe(true);
    expect(isLocalDateOfInstant('2026-11-26', '2026-11-27T07:30:00Z')).toBe(true);
    expect(isLocalDateOfInstant('2026-11-28', '2026-11-27T10:30:00Z')).toBe(true); // UTC+14
    expect(isLocalDateOfInstant('2026-11-28', '2026-11-27T09:59:00Z')).toBe(false);
    expect(isLocalDateOfInstant('2026-11-25', '2026-11-27T07:30:00Z')).toBe(false);
  });
});

describe('compareInstants', () => {
  const sign = (a: string, b: string) => Math.sign(compareInstants(a, b));
  it('orders instants by the moment they name, whatever their written form', () => {
    expect(sign('2026-03-01T07:00:00.000Z', '2026-03-01T07:00:00.001Z')).toBe(-1);
    expect(sign('2026-03-01T08:00:00.000Z', '2026-03-01T07:59:59.999Z')).toBe(1);
    expect(sign('2026-03-01T07:00:00.000Z', '2026-03-01T07:00:00.000Z')).toBe(0);
    // With an offset, text order would be wrong: 08:00+02:00 is 06:00Z.
    expect(sign('2026-03-01T08:00:00.000+02:00', '2026-03-01T07:00:00.000Z')).toBe(-1);
    expect(sign('2026-03-01T07:00:00.000Z', '2026-03-01T08:00:00+02:00')).toBe(1);
    expect(sign('2026-03-01T07:00:00Z', '2026-03-01T06:59:59.500Z')).toBe(1);
  });
  it('orders every pair of written forms as Date.parse does', () => {
    const forms = [
      '2026-03-01T07:00:00.000Z',
      '2026-03-01T06:59:59.999Z',
      '2026-03-01T07:00:00Z',
      '2026-03-01T08:00:00.000+01:00',
      '2026-03-01T08:00:00.500+02:00',
      '2026-03-01T06:00:00.000-01:00',
      '2026-03-01T07:00:00.0001Z',
      '2026-03-01T07:00:00.00Z',
      '2026-03-01T07:00Z',
      '+002026-03-01T07:00:00.000Z',
    ];
    for (const a of forms) {
      for (const b of forms) expect(sign(a, b), `${a} vs ${b}`).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
    }
  });
});

describe('dates that are not dates', () => {
  it('says which way a date is wrong', () => {
    expect(() => dayNumber('2026-2-1')).toThrow('Not a local date (YYYY-MM-DD): 2026-2-1');
    expect(() => dayNumber('2026-02-30')).toThrow('Not a real calendar date: 2026-02-30');
  });
  it('finds no plausible day in an impossible date of a plausible year', () => {
    expect(isPlausibleLocalDate('2026-02-30', new Date('2026-11-26T00:00:00Z'))).toBe(false);
    expect(isPlausibleLocalDate('2026-02-28', new Date('2026-11-26T00:00:00Z'))).toBe(true);
  });
  it('matches no instant to an impossible date, and no date to an instant that is not one', () => {
    expect(isLocalDateOfInstant('2026-11-31', '2026-11-30T22:00:00Z')).toBe(false);
    expect(isLocalDateOfInstant('2026-11-30', 'yesterday')).toBe(false);
  });
});

describe('thisWeekWords', () => {
  it('names the day the week starts on', () => {
    expect(thisWeekWords(1)).toBe('this week (since Monday)');
    expect(thisWeekWords(0)).toBe('this week (since Sunday)');
    expect(thisWeekWords(6)).toBe('this week (since Saturday)');
  });
});
