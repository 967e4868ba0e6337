/** The Charts and Calendar answer main sends: the chart rows as the renderer drew them, and each scored spot's series. */
import { describe, expect, it } from 'vitest';
import { chartData } from '../../../../src/lib/history/chart-data';
import { historyCharts, spotRows } from '../../../../src/lib/history/charts-answer';
import { spotDays } from '../../../../src/lib/history/spot-chart';
import { checkIn, session } from '../../../support/history';

const TODAY = '2026-11-26';
const on = (localDate: string, fields: Parameters<typeof checkIn>[0], hour = '07') =>
  session(localDate, { startedAt: `${localDate}T${hour}:00:00.000Z`, checkIn: checkIn(fields) });
const REQUEST = { today: TODAY, weekStartDay: 1, unit: 'km' } as const;

describe('historyCharts', () => {
  const sessions = [
    // Before the window: its score must not reach any series shown.
    on('2026-06-01', { painNow: 9, spotPain: { 'hip-left': 9 } }),
    on('2026-11-20', { painNow: 5, spotPain: { 'lower-back-left': 6, 'leg-right': 2 } }),
    on('2026-11-20', { painNow: 3, spotPain: { 'lower-back-left': 4 } }, '18'),
    on('2026-11-22', { painNow: 4, spotPain: { 'leg-right': 1 } }),
    on('2026-11-24', { painNow: 2, spotPain: { 'lower-back-left': 2 } }),
  ];

  it('answers the rows and calendar the charts drew from the whole history, in the unit asked', () => {
    // Three 10 km runs in the week of 16 November.
    const answer = historyCharts(sessions, REQUEST);
    const { spots: _spots, ...rows } = answer;
    expect(rows).toEqual(chartData(sessions, TODAY, 1, 'km'));
    expect(historyCharts(sessions, { ...REQUEST, unit: 'mi' }).weeks.at(-2)!.distance).toBeCloseTo(30 / 1.609344, 3);
    expect(answer.calendar).toHaveLength(12);
  });

  it('sends a series for each spot scored in the window only, and it matches the spot chart worked out from every session', () => {
    const answer = historyCharts(sessions, REQUEST);
    expect(Object.keys(answer.spots).sort()).toEqual(['leg-right', 'lower-back-left']);
    for (const spot of ['leg-right', 'lower-back-left'] as const) {
      expect(spotRows(answer, spot)).toEqual(spotDays(sessions, spot, answer.days));
    }
    expect(
      spotRows(answer, 'lower-back-left')
        .filter((d) => d.pain !== null)
        .map((d) => [d.localDate, d.pain, d.avg7]),
    ).toEqual([
      ['2026-11-20', 6, 6],
      ['2026-11-24', 2, 4],
    ]);
  });

  it('gives an unscored spot empty days on the same axis', () => {
    const answer = historyCharts(sessions, REQUEST);
    const rows = spotRows(answer, 'hip-left');
    expect(rows.map((d) => d.localDate)).toEqual(answer.days.map((d) => d.localDate));
    expect(rows.every((d) => d.pain === null && d.avg7 === null)).toBe(true);
  });

  it('counts a score from the six days before the first day shown in its 7-day average', () => {
    // Twelve Monday weeks back from Thursday 26 Nov start on Mon 7 Sep; 3 Sep is four days before.
    const edge = [
      on('2026-06-01', { painNow: 1 }),
      on('2026-09-03', { spotPain: { 'hip-right': 8 } }),
      on('2026-09-08', { spotPain: { 'hip-right': 2 } }),
    ];
    const answer = historyCharts(edge, REQUEST);
    expect(answer.days[0]!.localDate).toBe('2026-09-07');
    expect(spotRows(answer, 'hip-right').find((d) => d.localDate === '2026-09-08')).toMatchObject({ pain: 2, avg7: 5 });
  });

  it('with no history: empty charts and no spot', () => {
    const answer = historyCharts([], REQUEST);
    expect(answer.spots).toEqual({});
    expect(answer.weeks.every((w) => w.runs === 0)).toBe(true);
  });
});
