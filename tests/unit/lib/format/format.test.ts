import { describe, expect, it } from 'vitest';
import { formatLongDay } from '../../../../src/lib/format/day';
import { formatMinSec } from '../../../../src/lib/format/duration';
import { plural } from '../../../../src/lib/format/plural';

describe('formatMinSec', () => {
  it('shows minutes and two-digit seconds, minutes unbounded', () => {
    expect(formatMinSec(515)).toBe('8:35');
    expect(formatMinSec(60)).toBe('1:00');
    expect(formatMinSec(9)).toBe('0:09');
    expect(formatMinSec(3725)).toBe('62:05');
  });

  it('rounds to the nearest second', () => {
    expect(formatMinSec(59.4)).toBe('0:59');
    expect(formatMinSec(59.5)).toBe('1:00');
  });

  it('shows 0:00 for nothing, a negative or a non-number', () => {
    expect(formatMinSec(0)).toBe('0:00');
    expect(formatMinSec(-5)).toBe('0:00');
    expect(formatMinSec(Number.NaN)).toBe('0:00');
    expect(formatMinSec(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
});

describe('formatLongDay', () => {
  it('names the weekday, the day and the month of a calendar day, whatever the time zone', () => {
    const text = formatLongDay('2026-11-27');
    expect(text).toMatch(/Friday/);
    expect(text).toMatch(/\b27\b/);
    expect(text).toMatch(/November/);
    expect(formatLongDay('2024-02-29')).toMatch(/Thursday/);
  });
});

describe('plural', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(0, 'session')).toBe('0 sessions');
    expect(plural(2, 'session')).toBe('2 sessions');
    expect(plural(3, 'day off', 'days off')).toBe('3 days off');
  });
});
