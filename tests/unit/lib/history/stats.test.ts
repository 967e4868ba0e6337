import { afterEach, describe, expect, it } from 'vitest';
import {
  KM_PER_MILE,
  calendarWeeks,
  filterSessions,
  formatDuration,
  formatPace,
  kmToMiles,
  kmToUnit,
  milesToKm,
  paceSecPerKm,
  painBand,
  painSeries,
  sortNewestFirst,
  unitToKm,
  weeklySummaries,
} from '../../../../src/lib/history/stats';
import type { Session } from '../../../../src/lib/history/types';
import { checkIn, routineRun, session } from '../../../support/history';
import { manySessions } from './fixtures';

describe('units and pace', () => {
  it('converts km and miles both ways', () => {
    expect(milesToKm(1)).toBe(KM_PER_MILE);
    expect(kmToMiles(KM_PER_MILE)).toBe(1);
    expect(kmToMiles(milesToKm(26.2))).toBeCloseTo(26.2, 12);
    expect(kmToUnit(10, 'km')).toBe(10);
    expect(kmToUnit(10, 'mi')).toBeCloseTo(6.2137, 4);
    expect(unitToKm(6.2, 'km')).toBe(6.2);
    expect(unitToKm(1, 'mi')).toBe(KM_PER_MILE);
  });

  it('computes pace of runs with distance and duration only', () => {
    expect(paceSecPerKm(session('2026-11-26', { checkIn: checkIn({ distanceKm: 10, durationSec: 3300 }) }))).toBe(330);
    expect(paceSecPerKm(session('2026-11-26', { checkIn: checkIn({ distanceKm: null }) }))).toBeNull();
    expect(paceSecPerKm(session('2026-11-26', { checkIn: checkIn({ durationSec: null }) }))).toBeNull();
    expect(paceSecPerKm(session('2026-11-26', { checkIn: checkIn({ dayType: 'cross' }) }))).toBeNull();
    expect(paceSecPerKm(session('2026-11-26', { checkIn: null, routine: routineRun() }))).toBeNull();
  });

  it('formats pace per km and per mile', () => {
    expect(formatPace(330, 'km')).toBe('5:30 /km');
    expect(formatPace(330, 'mi')).toBe('8:51 /mi'); // 531.08 s
    expect(formatPace(359.6, 'km')).toBe('6:00 /km'); // rounding carries into the minute
    expect(formatPace(3725, 'km')).toBe('62:05 /km');
    expect(formatPace(null, 'km')).toBe('–');
    expect(formatPace(Number.NaN, 'mi')).toBe('–');
  });

  it('formats durations as h:mm:ss', () => {
    expect(formatDuration(3909)).toBe('1:05:09');
    expect(formatDuration(45)).toBe('0:00:45');
    expect(formatDuration(172_800)).toBe('48:00:00');
    expect(formatDuration(null)).toBe('');
  });
});

describe('painBand', () => {
  it('bands the 0–10 scale', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(painBand)).toEqual([
      'none',
      'mild',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderate',
      'severe',
      'severe',
      'severe',
      'severe',
    ]);
  });
  it('rounds averages first', () => {
    expect(painBand(0.4)).toBe('none');
    expect(painBand(3.4)).toBe('mild');
    expect(painBand(3.5)).toBe('moderate');
    expect(painBand(6.6)).toBe('severe');
  });
});

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

  it('gives the same result whatever the process time zone', () => {
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

describe('painSeries', () => {
  it('takes the max of each day and a 7-day trailing average over days with a value', () => {
    const sessions = [
      session('2026-11-08', { checkIn: checkIn({ painNow: 8 }) }),
      session('2026-11-01', { checkIn: checkIn({ painNow: 6 }) }),
      session('2026-11-01', { checkIn: checkIn({ painNow: 4 }), startedAt: '2026-11-01T20:00:00Z' }),
      session('2026-11-03', { checkIn: checkIn({ painNow: 2 }) }),
      session('2026-11-05', { checkIn: checkIn({ painNow: null }) }),
      session('2026-11-06', { checkIn: null, routine: routineRun() }),
      session('2026-11-20', { checkIn: checkIn({ painNow: 0 }) }),
    ];
    expect(painSeries(sessions)).toEqual([
      { localDate: '2026-11-01', pain: 6, avg7: 6 },
      { localDate: '2026-11-03', pain: 2, avg7: 4 },
      // Window 11-02..11-08: 11-03 and 11-08.
      { localDate: '2026-11-08', pain: 8, avg7: 5 },
      { localDate: '2026-11-20', pain: 0, avg7: 0 },
    ]);
  });

  it('includes the day exactly six days back but not seven', () => {
    const series = painSeries([
      session('2026-11-01', { checkIn: checkIn({ painNow: 10 }) }),
      session('2026-11-02', { checkIn: checkIn({ painNow: 4 }) }),
      session('2026-11-08', { checkIn: checkIn({ painNow: 2 }) }),
    ]);
    expect(series.at(-1)).toEqual({ localDate: '2026-11-08', pain: 2, avg7: 3 });
  });

  it('matches a brute-force average on a large history', () => {
    const many = manySessions(2000);
    const series = painSeries(many);
    const byDay = new Map(series.map((p) => [p.localDate, p.pain]));
    for (const p of series.slice(0, 50)) {
      const vals: number[] = [];
      for (let k = 0; k < 7; k++) {
        const d = new Date(Date.parse(`${p.localDate}T00:00:00Z`) - k * 86_400_000).toISOString().slice(0, 10);
        const v = byDay.get(d);
        if (v !== undefined) vals.push(v);
      }
      expect(p.avg7).toBeCloseTo(vals.reduce((a, b) => a + b, 0) / vals.length, 10);
    }
  });
});

describe('calendarWeeks', () => {
  const sessions = [
    session('2026-11-26', { checkIn: checkIn({ dayType: 'run' }), routine: routineRun() }),
    session('2026-11-26', { checkIn: checkIn({ dayType: 'rest', distanceKm: null, durationSec: null }) }),
    session('2026-11-24', { checkIn: checkIn({ dayType: 'cross', distanceKm: null, durationSec: null }) }),
    session('2026-11-20', { checkIn: null, routine: routineRun() }),
    session('2026-09-07', { checkIn: checkIn() }),
    session('2026-09-06', { checkIn: checkIn() }), // before the first row (Monday weeks)
    session('2026-12-01', { checkIn: checkIn() }), // after the last row
  ];

  it('builds 12 Monday-starting weeks ending with the week of today', () => {
    const rows = calendarWeeks(sessions, '2026-11-26', 1);
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(row.days).toHaveLength(7);
      expect(row.days[0]!.weekday).toBe(1);
      expect(row.days[0]!.localDate).toBe(row.weekStart);
    }
    expect(rows[0]!.weekStart).toBe('2026-09-07');
    expect(rows[11]!.weekStart).toBe('2026-11-23');
    const days = rows.flatMap((r) => r.days);
    const day = (d: string) => days.find((x) => x.localDate === d)!;
    expect(day('2026-11-26')).toEqual({
      localDate: '2026-11-26',
      weekday: 4,
      run: true,
      cross: false,
      rest: true,
      routine: true,
      isToday: true,
      isFuture: false,
    });
    expect(day('2026-11-24')).toMatchObject({ cross: true, run: false, routine: false });
    expect(day('2026-11-20')).toMatchObject({ routine: true, run: false, cross: false, rest: false });
    expect(day('2026-09-07')).toMatchObject({ run: true });
    expect(days.filter((d) => d.isFuture).map((d) => d.localDate)).toEqual(['2026-11-27', '2026-11-28', '2026-11-29']);
    expect(days.filter((d) => d.run).length).toBe(2);
  });

  it('builds Sunday-starting weeks and honours the weeks count', () => {
    const rows = calendarWeeks(sessions, '2026-11-26', 0, 2);
    expect(rows.map((r) => r.weekStart)).toEqual(['2026-11-15', '2026-11-22']);
    expect(rows[1]!.days.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows[1]!.days.at(-1)!.localDate).toBe('2026-11-28');
  });

  it('rejects bad arguments', () => {
    expect(() => calendarWeeks([], '2026-11-26', 1, 0)).toThrow(RangeError);
    expect(() => calendarWeeks([], '2026-11-26', 1, 1.5)).toThrow(RangeError);
    expect(() => calendarWeeks([], '2026-02-30', 1)).toThrow();
  });
});

describe('filterSessions', () => {
  const a = session('2026-11-20', { routine: routineRun({ routineId: 'warm' }), checkIn: checkIn({ painNow: 0, dayType: 'run' }) });
  const b = session('2026-11-21', { routine: routineRun({ routineId: 'cool' }), checkIn: checkIn({ painNow: 5, dayType: 'run' }) });
  const c = session('2026-11-22', { routine: null, checkIn: checkIn({ painNow: 8, dayType: 'rest' }) });
  const d = session('2026-11-23', { routine: routineRun({ routineId: 'warm' }), checkIn: null });
  const e = session('2026-11-24', { checkIn: checkIn({ painNow: null, dayType: 'rest' }) });
  const all = [a, b, c, d, e];

  it('filters by each criterion and by several at once, keeping order', () => {
    expect(filterSessions(all, {})).toEqual(all);
    expect(filterSessions(all, { routineId: 'warm' })).toEqual([a, d]);
    expect(filterSessions(all, { dayType: 'rest' })).toEqual([c, e]);
    expect(filterSessions(all, { painBand: 'none' })).toEqual([a]);
    expect(filterSessions(all, { painBand: 'moderate' })).toEqual([b]);
    expect(filterSessions(all, { painBand: 'severe' })).toEqual([c]);
    expect(filterSessions(all, { painBand: 'mild' })).toEqual([]);
    expect(filterSessions(all, { routineId: 'warm', dayType: 'run', painBand: 'none' })).toEqual([a]);
    expect(filterSessions(all, { routineId: 'cool', dayType: 'rest' })).toEqual([]);
  });
});
