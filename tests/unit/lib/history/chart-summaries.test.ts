/** Each history chart in words, with the expected sentences written out by hand. */
import { describe, expect, it } from 'vitest';
import { chartData } from '../../../../src/lib/history/chart-data';
import { calendarSummary, paceSummary, painSummary, runsSummary } from '../../../../src/lib/history/chart-summaries';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { checkIn, NOTHING_GIVEN, session } from '../../../support/history';

const TODAY = '2026-11-26'; // a Thursday; weeks start on Monday (1) below

const on = (localDate: string, fields: Partial<CheckIn>): Session =>
  session(localDate, { checkIn: checkIn({ ...NOTHING_GIVEN, ...fields }) });

/** A day as the runner's system writes a short date ("Nov 25" here, "25 Nov" in Britain): the month and day are the point. */
const shortDay = (year: number, month: number, day: number) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));

describe('summaries', () => {
  // Last week (from 16 Nov): pain 4 and 2, 16 km in 5680 s. This week: pain 2 and 3, 10 km in 3300 s.
  const history = [
    on('2026-11-17', { painNow: 4, distanceKm: 8, durationSec: 2880 }),
    on('2026-11-19', { painNow: 2, distanceKm: 8, durationSec: 2800 }),
    on('2026-11-24', { painNow: 2, distanceKm: 10, durationSec: 3300 }),
    on('2026-11-25', { painNow: 3, dayType: 'rest' }),
  ];
  const data = chartData(history, TODAY, 1, 'km');

  it('says how pain this week compares with last week', () => {
    // 7 days to 25 Nov: 2 (19th), 2 (24th), 3 (25th) → 7/3 = 2.3.
    expect(painSummary(data)).toBe(
      `Pain this week averaged 2.5, down from 3.0 last week. Latest 7-day average: 2.3 (${shortDay(2026, 11, 25)}).`,
    );
    const worse = chartData([on('2026-11-18', { painNow: 1 }), on('2026-11-24', { painNow: 5 })], TODAY, 1, 'km');
    expect(painSummary(worse)).toBe(
      `Pain this week averaged 5.0, up from 1.0 last week. Latest 7-day average: 3.0 (${shortDay(2026, 11, 24)}).`,
    );
    expect(painSummary(chartData([], TODAY, 1, 'km'))).toBe('No pain scores in the last 12 weeks.');
  });

  it('counts runs and distance', () => {
    expect(runsSummary(data)).toBe(
      'This week: 1 run, 10.0 km. Last week: 2 runs, 16.0 km. Over 2 weeks since your first session: 1.5 runs a week on average.',
    );
    const onlyThisWeek = chartData([on('2026-11-24', { distanceKm: 5 })], TODAY, 1, 'km');
    expect(runsSummary(onlyThisWeek)).toBe('This week: 1 run, 5.0 km. Last week: 0 runs, 0.0 km.');
    expect(runsSummary(chartData([], TODAY, 1, 'km'))).toBe('No runs in the last 12 weeks.');
  });

  it('compares pace, lower being faster', () => {
    // This week 3300 s / 10 km = 5:30; last week 5680 s / 16 km = 355 s = 5:55.
    expect(paceSummary(data)).toBe('Average pace this week 5:30 /km, faster than last week (5:55 /km).');
    // Tuesday 6 October is in the week of Monday 5 October; 1500 s / 5 km = 5:00.
    const older = chartData([on('2026-10-06', { distanceKm: 5, durationSec: 1500 })], TODAY, 1, 'km');
    expect(paceSummary(older)).toBe(`No timed runs this week or last; the week of ${shortDay(2026, 10, 5)} averaged 5:00 /km.`);
  });

  it('counts calendar days by type', () => {
    expect(calendarSummary(data.calendar)).toBe(
      '3 run days, 0 cross-training days and 1 rest day in the last 12 weeks; a routine on 0 days.',
    );
  });
});
