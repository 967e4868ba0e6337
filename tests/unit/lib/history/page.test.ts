import { describe, expect, it } from 'vitest';
import { historyPage, MAX_SLICE_SESSIONS, type HistoryPage } from '../../../../src/lib/history/page';
import { addDays } from '../../../../src/lib/history/dates';
import { weeklySummaries } from '../../../../src/lib/history/stats';
import { checkIn, routineRun, session } from '../../../support/history';

// Thursday 26 November 2026.
const THURSDAY = '2026-11-26';
const day = (daysAgo: number) => addDays(THURSDAY, -daysAgo);

/** One run a day for `days` days back from Thursday, pain 2; every third day a rest day with pain 5. */
function daily(days: number) {
  return Array.from({ length: days }, (_, i) =>
    i % 3 === 0
      ? session(day(i), { checkIn: checkIn({ dayType: 'rest', painNow: 5, distanceKm: null, durationSec: null }) })
      : session(day(i)),
  );
}

describe('historyPage', () => {
  it('answers the newest weeks asked for, with the counts of the whole history', () => {
    // 70 days from Thursday back: Monday weeks hold 4 days (this week) + 9 full weeks + 3 days = 11 weeks.
    const sessions = daily(70);
    const page = historyPage(sessions, { filter: {}, weekStartDay: 1, weeks: 3 });
    expect(page.total).toBe(70);
    expect(page.matching).toBe(70);
    expect(page.weeks.map((w) => w.weekStart)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09']);
    expect(page.weeks.map((w) => w.sessions.length)).toEqual([4, 7, 7]);
    expect(page.olderWeeks).toBe(8);
    // Newest first within a week.
    expect(page.weeks[0]!.sessions.map((s) => s.localDate)).toEqual(['2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23']);
  });

  it("cuts the weeks at the runner's week start day", () => {
    const sessions = daily(70);
    const sunday = historyPage(sessions, { filter: {}, weekStartDay: 0, weeks: 2 });
    expect(sunday.weeks.map((w) => [w.weekStart, w.weekEnd])).toEqual([
      ['2026-11-22', '2026-11-28'],
      ['2026-11-15', '2026-11-21'],
    ]);
    expect(sunday.weeks[0]!.sessions).toHaveLength(5);
    // Thursday back 70 days ends on Friday 18 September: Sunday weeks hold 5 + 9 × 7 + 2 days = 11 weeks.
    expect(sunday.olderWeeks).toBe(9);
  });

  it('counts only the matching sessions, and totals the weeks over them', () => {
    const sessions = daily(14);
    const page = historyPage(sessions, { filter: { dayType: 'rest' }, weekStartDay: 1, weeks: 12 });
    expect(page.total).toBe(14);
    // Days 0, 3, 6, 9, 12 back from Thursday are rest days.
    expect(page.matching).toBe(5);
    expect(page.weeks.flatMap((w) => w.sessions.map((s) => s.localDate))).toEqual([
      '2026-11-26',
      '2026-11-23',
      '2026-11-20',
      '2026-11-17',
      '2026-11-14',
    ]);
    expect(page.weeks.map((w) => [w.restCount, w.runCount, w.avgPainAfter])).toEqual([
      [2, 0, 5],
      [2, 0, 5],
      [1, 0, 5],
    ]);
    expect(page.olderWeeks).toBe(0);
  });

  it('narrows by pain band, treatment and routine', () => {
    const warmUp = routineRun({ routineId: 'w', routineName: 'Warm-up' });
    const sessions = [
      session(day(0), { checkIn: checkIn({ painNow: 8, treatments: ['ice'] }) }),
      session(day(1), { checkIn: checkIn({ painNow: 1, treatments: ['heat'] }) }),
      session(day(2), { routine: warmUp, checkIn: null }),
    ];
    const ids = (filter: Parameters<typeof historyPage>[1]['filter']) =>
      historyPage(sessions, { filter, weekStartDay: 1, weeks: 12 }).weeks.flatMap((w) => w.sessions.map((s) => s.id));
    expect(ids({ painBand: 'severe' })).toEqual([sessions[0]!.id]);
    expect(ids({ treatment: 'heat' })).toEqual([sessions[1]!.id]);
    expect(ids({ routineId: 'w' })).toEqual([sessions[2]!.id]);
    expect(ids({ routineId: 'w', painBand: 'mild' })).toEqual([]);
  });

  it('names each routine in the history by its newest name, whatever the filter', () => {
    const sessions = [
      session(day(5), { routine: routineRun({ routineId: 'a', routineName: 'Old name' }) }),
      session(day(1), { routine: routineRun({ routineId: 'a', routineName: 'Morning' }) }),
      session(day(3), { routine: routineRun({ routineId: 'b', routineName: 'Evening' }) }),
    ];
    const page = historyPage(sessions, { filter: { dayType: 'rest' }, weekStartDay: 1, weeks: 1 });
    expect(page.matching).toBe(0);
    expect(page.weeks).toEqual([]);
    expect(page.routines).toEqual([
      { id: 'b', name: 'Evening' },
      { id: 'a', name: 'Morning' },
    ]);
  });

  it('answers an empty history', () => {
    expect(historyPage([], { filter: {}, weekStartDay: 1, weeks: 12 })).toEqual({
      weeks: [],
      matching: 0,
      total: 0,
      olderWeeks: 0,
      routines: [],
    });
  });

  describe('in slices', () => {
    /** Five sessions a day for `days` days back from Thursday: 35 a full week, as in the stress check. */
    const dense = (days: number) => Array.from({ length: days * 5 }, (_, i) => session(day(Math.floor(i / 5))));

    /** Asks slice after slice from the newest week, as the store does, until `weeks` weeks or the oldest. */
    function sliced(sessions: ReturnType<typeof dense>, weeks: number, weekStartDay: 0 | 1 = 1): HistoryPage[] {
      const slices: HistoryPage[] = [];
      let shown = 0;
      while (shown < weeks) {
        const slice = historyPage(sessions, { filter: {}, weekStartDay, weeks: weeks - shown, skipWeeks: shown });
        slices.push(slice);
        shown += slice.weeks.length;
        if (slice.olderWeeks === 0) break;
      }
      return slices;
    }

    it('concatenate to exactly the whole page, each within the bound and no week cut', () => {
      const sessions = dense(200);
      // The whole page, unsliced: the newest 24 weeks of all (29 weeks, 5 older).
      const whole = weeklySummaries(sessions, 1);
      const slices = sliced(sessions, 24);
      expect(slices.flatMap((s) => s.weeks)).toEqual(whole.slice(0, 24));
      for (const slice of slices) expect(slice.weeks.reduce((n, w) => n + w.sessions.length, 0)).toBeLessThanOrEqual(MAX_SLICE_SESSIONS);
      // 35 sessions a full week: three weeks a slice (105); the first (4 days, 20) and two full ones make 90, a third 125.
      expect(slices.map((s) => s.weeks.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
      // Each week whole: 35 sessions (7 days × 5) below the newest, counted from its own days.
      expect(whole.slice(1, 24).every((w) => w.sessions.length === 35 && w.runCount === 35)).toBe(true);
      expect(slices.map((s) => [s.matching, s.total])).toEqual(slices.map(() => [1000, 1000]));
      expect(slices.at(-1)!.olderWeeks).toBe(whole.length - 24);
    });

    it('reach the oldest week, and answer nothing past it', () => {
      const sessions = dense(70);
      const slices = sliced(sessions, 5200, 0);
      expect(slices.flatMap((s) => s.weeks)).toEqual(weeklySummaries(sessions, 0));
      expect(slices.at(-1)!.olderWeeks).toBe(0);
      const past = historyPage(sessions, { filter: {}, weekStartDay: 0, weeks: 12, skipWeeks: 40 });
      expect(past.weeks).toEqual([]);
      expect(past.olderWeeks).toBe(0);
    });

    it('carry a week denser than the bound whole, alone', () => {
      // 200 sessions on one day, then one a day before it.
      const sessions = [
        ...Array.from({ length: 200 }, () => session(day(0))),
        ...Array.from({ length: 20 }, (_, i) => session(day(i + 7))),
      ];
      const first = historyPage(sessions, { filter: {}, weekStartDay: 1, weeks: 12 });
      expect(first.weeks.map((w) => w.sessions.length)).toEqual([200]);
      expect(first.olderWeeks).toBe(4);
    });
  });
});
