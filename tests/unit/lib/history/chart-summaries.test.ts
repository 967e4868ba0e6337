/** Each history chart in words, with the expected sentences written out by hand. */
import { describe, expect, it } from 'vitest';
import { chartData } from '../../../../src/lib/history/chart-data';
import { calendarSummary, paceSummary, painSummary, runsSummary } from '../../../../src/lib/history/chart-summaries';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { checkIn, NOTHING_GIVEN, routineRun, session } from '../../../support/history';

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

describe('summaries when a week is missing or unchanged', () => {
  const chart = (sessions: Session[]) => chartData(sessions, TODAY, 1, 'km');

  it('says pain is the same as last week, and which week had no scores', () => {
    expect(painSummary(chart([on('2026-11-17', { painNow: 3 }), on('2026-11-24', { painNow: 3 })]))).toBe(
      `Pain this week averaged 3.0, the same as last week. Latest 7-day average: 3.0 (${shortDay(2026, 11, 24)}).`,
    );
    expect(painSummary(chart([on('2026-11-24', { painNow: 4 })]))).toBe(
      `Pain this week averaged 4.0; there were no scores last week. Latest 7-day average: 4.0 (${shortDay(2026, 11, 24)}).`,
    );
    expect(painSummary(chart([on('2026-11-18', { painNow: 6 })]))).toBe(
      `No pain scores yet this week; last week averaged 6.0. Latest 7-day average: 6.0 (${shortDay(2026, 11, 18)}).`,
    );
    expect(painSummary(chart([on('2026-11-04', { painNow: 2 })]))).toBe(
      `No pain scores this week or last week. Latest 7-day average: 2.0 (${shortDay(2026, 11, 4)}).`,
    );
  });

  it('says pace is the same, slower, or missing in one of the two weeks', () => {
    const lastWeek = on('2026-11-17', { distanceKm: 10, durationSec: 3300 });
    expect(paceSummary(chart([lastWeek, on('2026-11-24', { distanceKm: 5, durationSec: 1650 })]))).toBe(
      'Average pace this week 5:30 /km, the same as last week (5:30 /km).',
    );
    expect(paceSummary(chart([lastWeek, on('2026-11-24', { distanceKm: 5, durationSec: 1800 })]))).toBe(
      'Average pace this week 6:00 /km, slower than last week (5:30 /km).',
    );
    expect(paceSummary(chart([on('2026-11-24', { distanceKm: 5, durationSec: 1800 })]))).toBe(
      'Average pace this week 6:00 /km; no timed runs last week.',
    );
    expect(paceSummary(chart([lastWeek]))).toBe('No timed runs yet this week; last week averaged 5:30 /km.');
    // A run without its time has no pace.
    expect(paceSummary(chart([on('2026-11-24', { distanceKm: 5 })]))).toBe('No timed runs in the last 12 weeks.');
  });

  it('says pace per mile for a runner using miles', () => {
    const miles = chartData([on('2026-11-24', { distanceKm: 1.609344 * 4, durationSec: 2400 })], TODAY, 1, 'mi');
    expect(paceSummary(miles)).toBe('Average pace this week 10:00 /mi; no timed runs last week.');
  });

  it('counts cross-training days and days with a routine in the calendar', () => {
    const played = session('2026-11-23', {
      checkIn: null,
      routine: routineRun({ startedAt: '2026-11-23T07:00:00.000Z', endedAt: '2026-11-23T07:10:00.000Z' }),
    });
    const calendar = chart([
      on('2026-11-20', { dayType: 'cross', crossTrainingKind: 'swim' }),
      on('2026-11-21', { dayType: 'cross', crossTrainingKind: 'bike' }),
      played,
      on('2026-11-24', { dayType: 'run', distanceKm: 5 }),
    ]).calendar;
    expect(calendarSummary(calendar)).toBe('1 run day, 2 cross-training days and 0 rest days in the last 12 weeks; a routine on 1 day.');
  });
});
