import { describe, expect, it } from 'vitest';
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
  unitToKm,
} from '../../../../src/lib/history/stats';
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
