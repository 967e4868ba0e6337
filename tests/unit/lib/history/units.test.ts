/** Pace and duration as History shows them, including the records that have none. */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatPace, formatPaceValue, paceSecPerKm } from '../../../../src/lib/history/units';
import { checkIn, NOTHING_GIVEN, session } from '../../../support/history';

describe('paceSecPerKm', () => {
  it('is the time per km of a run with both distance and time', () => {
    expect(paceSecPerKm(session('2026-11-26', { checkIn: checkIn({ distanceKm: 10, durationSec: 3300 }) }))).toBe(330);
  });
  it('is none for a day that is not a run, or a run missing either figure', () => {
    const cases = [
      checkIn({ dayType: 'cross', distanceKm: 10, durationSec: 3300 }),
      checkIn({ dayType: 'rest', distanceKm: 10, durationSec: 3300 }),
      checkIn({ distanceKm: null, durationSec: 3300 }),
      checkIn({ distanceKm: 10, durationSec: null }),
      checkIn({ distanceKm: 0, durationSec: 3300 }),
      checkIn({ distanceKm: 10, durationSec: 0 }),
      checkIn({ distanceKm: -5, durationSec: 3300 }),
      checkIn({ distanceKm: Number.NaN, durationSec: 3300 }),
      checkIn({ ...NOTHING_GIVEN, dayType: 'run' }),
    ];
    for (const c of cases) expect(paceSecPerKm(session('2026-11-26', { checkIn: c })), JSON.stringify(c)).toBeNull();
    expect(paceSecPerKm(session('2026-11-26', { checkIn: null }))).toBeNull();
  });
});

describe('formatPaceValue and formatPace', () => {
  it('writes m:ss per km or per mile', () => {
    expect(formatPaceValue(330, 'km')).toBe('5:30');
    expect(formatPace(330, 'km')).toBe('5:30 /km');
    expect(formatPace(330, 'mi')).toBe('8:51 /mi');
  });
  it('writes nothing for no pace, a zero or negative one, or one that is not a number', () => {
    for (const pace of [null, 0, -330, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatPaceValue(pace, 'km'), String(pace)).toBe('');
      expect(formatPace(pace, 'km'), String(pace)).toBe('–');
    }
  });
});

describe('formatDuration', () => {
  it('writes h:mm:ss, rounding to the second, from zero up', () => {
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(45)).toBe('0:00:45');
    expect(formatDuration(3909.4)).toBe('1:05:09');
    expect(formatDuration(36_000)).toBe('10:00:00');
  });
  it('writes nothing for no time, a negative one, or one that is not a number', () => {
    for (const sec of [null, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatDuration(sec), String(sec)).toBe('');
  });
});
