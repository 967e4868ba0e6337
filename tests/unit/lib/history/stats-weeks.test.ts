/** weeklySummaries: sessions grouped into the runner's weeks, and never moved to another week by a time zone or DST. */
import { afterEach, describe, expect, it } from 'vitest';
import { calendarWeeks, painSeries, sortNewestFirst, weeklySummaries } from '../../../../src/lib/history/stats';
import type { Session } from '../../../../src/lib/history/types';
import { checkIn, routineRun, session } from '../../../support/history';
import { manySessions } from './fixtures';
import { CAN_SWITCH_ZONE } from '../../../support/time-zone';

describe('weeklySummaries', () => {
  // 2026-11-22 is a Sunday, 2026-11-23 a Monday.
  const sun = session('2026-11-22', { checkIn: checkIn({ painNow: 4, distanceKm: 10, durationSec: 3000 }) });
  const mon = session('2026-11-23', { checkIn: checkIn({ painNow: 2, distanceKm: 5, durationSec: 1800 }) });
  const sat = session('2026-11-28', {
    checkIn: checkIn({ painNow: null, dayType: 'cross', crossTrainingKind: 'swim', distanceKm: null, durationSec: null }),
    routine: routineRun(),
  });
  const sunNext = session('2026-11-29', { checkIn: checkIn({ painNow: 6, distanceKm: 8, durationSec: null }) });
  const restDay = session('2026-11-25', { checkIn: checkIn({ painNow: 1, dayType: 'rest', distanceKm: null, durationSec: null }) });
  const routineOnly = session('2026-11-24', { checkIn: null, routine: routineRun() });
  const all = [sat, sun, restDay, sunNext, mon, routineOnly];

  it('groups by Monday-starting weeks, newest first', () => {
    const weeks = weeklySummaries(all, 1);
    expect(weeks.map((w) => [w.weekStart, w.weekEnd])).toEqual([
      ['2026-11-23', '2026-11-29'],
      ['2026-11-16', '2026-11-22'],
    ]);
    const [w1, w2] = weeks;
    expect(w1!.sessions).toEqual([sunNext, sat, restDay, routineOnly, mon]);
    expect(w1!.runCount).toBe(2);
    expect(w1!.crossCount).toBe(1);
    expect(w1!.restCount).toBe(1);
    expect(w1!.routineCount).toBe(2);
    expect(w1!.distanceKm).toBe(13);
    expect(w1!.avgPainAfter).toBeCloseTo((2 + 1 + 6) / 3, 10);
    // Only the Monday run has both distance and duration.
    expect(w1!.avgPaceSecPerKm).toBe(360);
    expect(w2!.sessions).toEqual([sun]);
    expect(w2!.runCount).toBe(1);
    expect(w2!.distanceKm).toBe(10);
    expect(w2!.avgPainAfter).toBe(4);
    expect(w2!.avgPaceSecPerKm).toBe(300);
  });

  it('groups by Sunday-starting weeks, newest first', () => {
    const weeks = weeklySummaries(all, 0);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-11-29', '2026-11-22']);
    const [w1, w2] = weeks;
    expect(w1!.sessions).toEqual([sunNext]);
    expect(w1!.distanceKm).toBe(8);
    expect(w1!.avgPaceSecPerKm).toBeNull();
    expect(w2!.sessions).toEqual([sat, restDay, routineOnly, mon, sun]);
    expect(w2!.runCount).toBe(2);
    expect(w2!.distanceKm).toBe(15);
    // Pace is total duration / total distance, not the mean of paces.
    expect(w2!.avgPaceSecPerKm).toBeCloseTo(4800 / 15, 10);
    expect(w2!.avgPainAfter).toBeCloseTo((4 + 2 + 1) / 3, 10);
  });

  it('gives null averages when nothing has a value, and handles no sessions', () => {
    const [w] = weeklySummaries([routineOnly], 1);
    expect(w!.avgPainAfter).toBeNull();
    expect(w!.avgPaceSecPerKm).toBeNull();
    expect(w!.runCount).toBe(0);
    expect(weeklySummaries([], 1)).toEqual([]);
  });

  it('does not mutate or reorder its input', () => {
    const input = [...all];
    const copy = structuredClone(input);
    weeklySummaries(input, 1);
    expect(input).toEqual(copy);
    expect(input.map((s) => s.id)).toEqual(all.map((s) => s.id));
  });

  it('orders sessions within a day by instant, even with different offsets', () => {
    const early = session('2026-11-26', { startedAt: '2026-11-26T09:00:00+01:00' }); // 08:00Z
    const late = session('2026-11-26', { startedAt: '2026-11-26T08:30:00Z' });
    expect(sortNewestFirst([early, late])).toEqual([late, early]);
    expect(weeklySummaries([late, early], 1)[0]!.sessions).toEqual([late, early]);
  });

  it('handles 10,000 sessions consistently', () => {
    const many = manySessions(10_000);
    const weeks = weeklySummaries(many, 1);
    expect(weeks.reduce((n, w) => n + w.sessions.length, 0)).toBe(10_000);
    expect(weeks.reduce((n, w) => n + w.runCount, 0)).toBe(many.filter((s) => s.checkIn?.dayType === 'run').length);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i - 1]!.weekStart > weeks[i]!.weekStart).toBe(true);
  });
});

describe('time zones and DST never move a session', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // Europe moved clocks forward on Sunday 2026-03-29; the US did on Sunday 2026-03-08
  // and moves them back on Sunday 2026-11-01.
  const berlinEvening = session('2026-03-29', { startedAt: '2026-03-29T23:30:00+02:00' }); // 21:30Z Sunday
  // Flew to Los Angeles: late Sunday run there is already Monday in UTC.
  const laLateNight = session('2026-03-29', { startedAt: '2026-03-29T23:45:00-07:00' }); // 06:45Z Monday
  // Flew on to Tokyo: an early Monday run there is still Sunday in UTC.
  const tokyoMorning = session('2026-03-30', { startedAt: '2026-03-30T07:30:00+09:00' }); // 22:30Z Sunday
  const beforeSpringForward = session('2026-03-29', { startedAt: '2026-03-29T01:30:00+01:00' });
  // The repeated hour when US clocks go back: two different instants, same local day.
  const fallBackFirst = session('2026-11-01', { startedAt: '2026-11-01T01:30:00-07:00' });
  const fallBackSecond = session('2026-11-01', { startedAt: '2026-11-01T01:30:00-08:00' });
  const all: Session[] = [tokyoMorning, fallBackSecond, berlinEvening, laLateNight, beforeSpringForward, fallBackFirst];

  it('puts sessions in the week of their localDate (Monday weeks)', () => {
    const weeks = weeklySummaries(all, 1);
    const byWeek = Object.fromEntries(weeks.map((w) => [w.weekStart, w.sessions]));
    expect(Object.keys(byWeek)).toEqual(['2026-10-26', '2026-03-30', '2026-03-23']);
    expect(byWeek['2026-03-23']).toEqual([laLateNight, berlinEvening, beforeSpringForward]);
    expect(byWeek['2026-03-30']).toEqual([tokyoMorning]);
    expect(byWeek['2026-10-26']).toEqual([fallBackSecond, fallBackFirst]);
  });

  it('puts sessions in the week of their localDate (Sunday weeks)', () => {
    const weeks = weeklySummaries(all, 0);
    expect(weeks.map((w) => [w.weekStart, w.sessions.length])).toEqual([
      ['2026-11-01', 2],
      ['2026-03-29', 4],
    ]);
  });

  it.skipIf(!CAN_SWITCH_ZONE)('gives the same result whatever the process time zone', () => {
    const results = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata'].map((tz) => {
      process.env.TZ = tz;
      return {
        weeks: weeklySummaries(all, 1).map((w) => [w.weekStart, w.sessions.map((s) => s.id)]),
        pain: painSeries(all),
        cal: calendarWeeks(all, '2026-04-02', 1, 2),
      };
    });
    for (const r of results) expect(r).toEqual(results[0]);
    const cal = results[0]!.cal;
    expect(cal[0]!.days[6]).toMatchObject({ localDate: '2026-03-29', run: true });
    expect(cal[1]!.days[0]).toMatchObject({ localDate: '2026-03-30', run: true });
  });
});
