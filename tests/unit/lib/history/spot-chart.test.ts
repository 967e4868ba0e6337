/** The pain chart for one spot: its days, scores and words, apart from overall pain. */
import { describe, expect, it } from 'vitest';
import { chartData } from '../../../../src/lib/history/chart-data';
import { PAIN_CHART_CHOICES, spotDays, spotSummary } from '../../../../src/lib/history/spot-chart';
import { filterSessions } from '../../../../src/lib/history/stats';
import { runExtrasText, spotsText, treatmentsText } from '../../../../src/lib/history/diary-labels';
import { checkIn, session } from '../../../support/history';

const TODAY = '2026-11-26';
const on = (localDate: string, fields: Parameters<typeof checkIn>[0], hour = '07') =>
  session(localDate, { startedAt: `${localDate}T${hour}:00:00.000Z`, checkIn: checkIn(fields) });

describe('the spot chart series', () => {
  const sessions = [
    on('2026-11-20', { painNow: 5, spotPain: { 'lower-back-left': 6, 'leg-right': 2 } }),
    on('2026-11-20', { painNow: 3, spotPain: { 'lower-back-left': 4 } }, '18'),
    on('2026-11-22', { painNow: 4, spotPain: { 'leg-right': 1 } }),
    on('2026-11-24', { painNow: 2, spotPain: { 'lower-back-left': 2 } }),
  ];
  const base = chartData(sessions, TODAY, 1, 'km');

  it('keeps the chart’s days and gives each the day’s highest score of that spot, with its 7-day average', () => {
    const days = spotDays(sessions, 'lower-back-left', base.days);
    expect(days.map((d) => d.localDate)).toEqual(base.days.map((d) => d.localDate));
    const shown = days.filter((d) => d.pain !== null).map((d) => [d.localDate, d.pain, d.avg7]);
    expect(shown).toEqual([
      ['2026-11-20', 6, 6],
      ['2026-11-24', 2, 4],
    ]);
    // A day the spot was not scored is empty, even when pain now was given (22 Nov).
    expect(days.find((d) => d.localDate === '2026-11-22')).toMatchObject({ pain: null, avg7: null });
  });

  it('is another series than overall pain and than another spot', () => {
    expect(base.days.filter((d) => d.pain !== null).map((d) => d.pain)).toEqual([5, 4, 2]);
    expect(
      spotDays(sessions, 'leg-right', base.days)
        .filter((d) => d.pain !== null)
        .map((d) => d.pain),
    ).toEqual([2, 1]);
    expect(spotDays(sessions, 'hip-left', base.days).every((d) => d.pain === null && d.avg7 === null)).toBe(true);
  });

  it('is said in words, also with no score', () => {
    expect(spotSummary(spotDays(sessions, 'lower-back-left', base.days), 'lower-back-left')).toBe(
      `Pain at lower back, left was scored on 2 days. Latest 7-day average: 4.0 (${base.days.find((d) => d.localDate === '2026-11-24')!.label}).`,
    );
    expect(spotSummary(spotDays(sessions, 'hip-left', base.days), 'hip-left')).toBe(
      'No scores for hip or buttock, left in the last 12 weeks.',
    );
  });

  it('offers All and the eight spots, in the body’s order', () => {
    expect(PAIN_CHART_CHOICES.map((c) => c.label)).toEqual([
      'All (pain now)',
      'Lower back, left',
      'Lower back, right',
      'Upper back, left',
      'Upper back, right',
      'Hip or buttock, left',
      'Hip or buttock, right',
      'Leg, left',
      'Leg, right',
    ]);
  });
});

describe('the History list with the fuller diary', () => {
  it('filters by a treatment', () => {
    const heat = on('2026-11-20', { treatments: ['heat', 'ice'] });
    const ice = on('2026-11-21', { treatments: ['ice'] });
    const none = on('2026-11-22', {});
    const routineOnly = session('2026-11-23', { checkIn: null });
    expect(filterSessions([heat, ice, none, routineOnly], { treatment: 'ice' })).toEqual([heat, ice]);
    expect(filterSessions([heat, ice, none, routineOnly], { treatment: 'heat', dayType: 'run' })).toEqual([heat]);
    expect(filterSessions([heat, ice, none, routineOnly], { treatment: 'painkiller' })).toEqual([]);
  });

  it('words a row’s treatments, spots, heart rate and climb', () => {
    const c = checkIn({
      treatments: ['painkiller', 'heat'],
      painkillerNote: 'ibuprofen 400',
      spotPain: { 'leg-right': 0, 'lower-back-left': 6 },
      avgHeartRate: 148,
      climbM: 85,
    });
    expect(treatmentsText(c)).toBe('Heat, Painkiller (ibuprofen 400)');
    expect(spotsText(c.spotPain)).toBe('Lower back, left: 6; Leg, right: 0');
    expect(runExtrasText(c)).toBe('148 bpm, 85 m climb');
    expect(runExtrasText({ avgHeartRate: null, climbM: 12 })).toBe('12 m climb');
    expect([treatmentsText(checkIn()), spotsText({}), runExtrasText(checkIn())]).toEqual(['none', 'none scored', '']);
  });
});
