/** The rows behind the history charts, checked against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { chartData, CHART_WEEKS } from '../../../../src/lib/history/chart-data';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { checkIn, NOTHING_GIVEN, session } from '../../../support/history';

const TODAY = '2026-11-26'; // a Thursday; weeks start on Monday (1) below

/** A session on `localDate` with only the check-in fields given (null: a routine without a check-in). */
const on = (localDate: string, fields: Partial<CheckIn> | null): Session =>
  session(localDate, { checkIn: fields === null ? null : checkIn({ ...NOTHING_GIVEN, ...fields }) });

describe('chartData', () => {
  it('starts a short history at its first session: two week rows, days from that day', () => {
    const data = chartData([on('2026-11-24', { painNow: 3 })], TODAY, 1, 'km');
    expect(data.weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-23']);
    expect(data.days.map((d) => d.localDate)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
  });

  it('has every one of the last 12 weeks, empty ones too, and every day up to today', () => {
    const data = chartData([on('2026-11-24', { painNow: 3, distanceKm: 10, durationSec: 3000 }), on('2026-06-01', null)], TODAY, 1, 'km');
    expect(data.weeks).toHaveLength(CHART_WEEKS);
    // 10 km in 50:00 is 300 s a km.
    expect(data.weeks.at(-1)).toMatchObject({ weekStart: '2026-11-23', runs: 1, distance: 10, pace: 300, avgPain: 3 });
    // Twelve Mondays back from 23 November: 7 September.
    expect(data.weeks[0]).toMatchObject({ weekStart: '2026-09-07', runs: 0, distance: 0, pace: null, avgPain: null });
    expect(data.days[0]!.localDate).toBe('2026-09-07');
    expect(data.days.at(-1)!.localDate).toBe(TODAY);
    expect(data.days).toHaveLength(81); // 7 September to 26 November
    expect(data.days.find((d) => d.localDate === '2026-11-24')).toMatchObject({ pain: 3, avg7: 3 });
    expect(data.calendar).toHaveLength(CHART_WEEKS);
  });

  it('converts distance and pace to miles', () => {
    // 16.09344 km is 10 miles; 4800 s over 10 miles is 480 s (8:00) a mile.
    const data = chartData([on('2026-11-24', { distanceKm: 16.09344, durationSec: 4800 })], TODAY, 1, 'mi');
    expect(data.weeks.at(-1)!.distance).toBeCloseTo(10, 6);
    expect(data.weeks.at(-1)!.pace).toBeCloseTo(480, 6);
  });

  it('counts the six days before the first day shown in its 7-day average, and nothing older', () => {
    // Twelve Monday weeks back from Thursday 26 November start on Monday 7 September.
    const data = chartData(
      [on('2024-01-10', { painNow: 10, distanceKm: 50 }), on('2026-09-02', { painNow: 9 }), on('2026-09-07', { painNow: 3 })],
      TODAY,
      1,
      'km',
    );
    expect(data.days[0]).toMatchObject({ localDate: '2026-09-07', pain: 3, avg7: 6 });
    expect(data.weeks[0]).toMatchObject({ weekStart: '2026-09-07', distance: 0 });
    expect(data.spanWeeks).toBe(CHART_WEEKS);
  });
});
