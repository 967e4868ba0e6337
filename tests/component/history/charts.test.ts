import { describe, expect, it } from 'vitest';
import {
  calendarSummary,
  chartData,
  minutesSeconds,
  paceSummary,
  painChartConfig,
  painSummary,
  runsSummary,
  CHART_WEEKS,
} from '../../../src/components/history/charts';
import type { CheckIn, Session } from '../../../src/lib/history/types';

const TODAY = '2026-11-26'; // a Thursday; weeks start on Monday (1) below

function checkIn(over: Partial<CheckIn>): CheckIn {
  return {
    painNow: null,
    painBefore: null,
    locations: [],
    kinds: [],
    redFlags: [],
    dayType: 'run',
    crossTrainingKind: '',
    distanceKm: null,
    durationSec: null,
    note: '',
    ...over,
  };
}

function session(localDate: string, over: Partial<CheckIn> | null): Session {
  return {
    id: `s-${localDate}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: `${localDate}T08:00:00.000Z`,
    localDate,
    routine: null,
    checkIn: over === null ? null : checkIn(over),
    updatedAt: `${localDate}T08:00:00.000Z`,
  };
}

describe('chartData', () => {
  it('starts a short history at its first session: two week rows, days from that day', () => {
    const data = chartData([session('2026-11-24', { painNow: 3 })], TODAY, 1, 'km');
    expect(data.weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-23']);
    expect(data.days.map((d) => d.localDate)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
  });

  it('has every one of the last 12 weeks, empty ones too, and every day up to today', () => {
    const data = chartData(
      [session('2026-11-24', { painNow: 3, distanceKm: 10, durationSec: 3000 }), session('2026-06-01', null)],
      TODAY,
      1,
      'km',
    );
    expect(data.weeks).toHaveLength(CHART_WEEKS);
    expect(data.weeks.at(-1)).toMatchObject({ weekStart: '2026-11-23', runs: 1, distance: 10, pace: 300, avgPain: 3 });
    expect(data.weeks[0]).toMatchObject({ weekStart: '2026-09-07', runs: 0, distance: 0, pace: null, avgPain: null });
    expect(data.days[0]!.localDate).toBe('2026-09-07');
    expect(data.days.at(-1)!.localDate).toBe(TODAY);
    expect(data.days.find((d) => d.localDate === '2026-11-24')).toMatchObject({ pain: 3, avg7: 3 });
    expect(data.calendar).toHaveLength(CHART_WEEKS);
  });

  it('converts distance and pace to miles', () => {
    const data = chartData([session('2026-11-24', { distanceKm: 16.09344, durationSec: 4800 })], TODAY, 1, 'mi');
    expect(data.weeks.at(-1)!.distance).toBeCloseTo(10, 6);
    expect(minutesSeconds(data.weeks.at(-1)!.pace!)).toBe('8:00');
  });
});

describe('summaries', () => {
  const history = [
    session('2026-11-17', { painNow: 4, distanceKm: 8, durationSec: 2880 }),
    session('2026-11-19', { painNow: 2, distanceKm: 8, durationSec: 2800 }),
    session('2026-11-24', { painNow: 2, distanceKm: 10, durationSec: 3300 }),
    session('2026-11-25', { painNow: 3, dayType: 'rest' }),
  ];
  const data = chartData(history, TODAY, 1, 'km');

  it('says how pain this week compares with last week', () => {
    expect(painSummary(data)).toBe(
      'Pain this week averaged 2.5, down from 3.0 last week. Latest 7-day average: 2.3 (' +
        data.days.find((d) => d.localDate === '2026-11-25')!.label +
        ').',
    );
    const worse = chartData([session('2026-11-18', { painNow: 1 }), session('2026-11-24', { painNow: 5 })], TODAY, 1, 'km');
    expect(painSummary(worse)).toMatch(/^Pain this week averaged 5\.0, up from 1\.0 last week\./);
    expect(painSummary(chartData([], TODAY, 1, 'km'))).toBe('No pain scores in the last 12 weeks.');
  });

  it('counts runs and distance', () => {
    expect(runsSummary(data)).toBe(
      'This week: 1 run, 10.0 km. Last week: 2 runs, 16.0 km. Over 2 weeks since your first session: 1.5 runs a week on average.',
    );
    const onlyThisWeek = chartData([session('2026-11-24', { distanceKm: 5 })], TODAY, 1, 'km');
    expect(runsSummary(onlyThisWeek)).toBe('This week: 1 run, 5.0 km. Last week: 0 runs, 0.0 km.');
    expect(runsSummary(chartData([], TODAY, 1, 'km'))).toBe('No runs in the last 12 weeks.');
  });

  it('compares pace, lower being faster', () => {
    expect(paceSummary(data)).toBe('Average pace this week 5:30 /km, faster than last week (5:55 /km).');
    const older = chartData([session('2026-10-06', { distanceKm: 5, durationSec: 1500 })], TODAY, 1, 'km');
    expect(paceSummary(older)).toMatch(/^No timed runs this week or last; the week of .* averaged 5:00 \/km\.$/);
  });

  it('counts calendar days by type', () => {
    expect(calendarSummary(data.calendar)).toBe(
      '3 run days, 0 cross-training days and 1 rest day in the last 12 weeks; a routine on 0 days.',
    );
  });
});

describe('pain chart legend', () => {
  it('draws the 7-day average as a line in the legend, not a filled square', () => {
    const palette = {
      text: '#000',
      muted: '#444',
      grid: '#ccc',
      accent: '#06c',
      accentSoft: '#9cf',
      caution: '#c60',
      surface: '#fff',
      font: 'sans-serif',
    };
    const config = painChartConfig(chartData([], TODAY, 1, 'km'), palette);
    expect(config.options?.plugins?.legend?.labels?.usePointStyle).toBe(true);
    expect(config.data.datasets.find((d) => d.label === '7-day average')?.pointStyle).toBe('line');
  });
});
