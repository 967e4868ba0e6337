/** The cleaned view of the history that every guidance rule reads: what is left out, and in what order the rest comes. */
import { describe, expect, it } from 'vitest';
import { historyCovers, inLastDays, isRestDay, painScoresInLastDays, viewHistory } from '../../../../src/lib/guidance/history-view';
import { checkInOn, cross, rest, routineOnly, run } from './factory';

const TODAY = '2026-11-28';

describe('viewHistory', () => {
  it('reads a list once for the findings and the plan, and a new list (a save), another day or another warm-up answer afresh', () => {
    const history = [run('2026-11-20', { painNow: 2 })];
    const first = viewHistory(history, TODAY);
    expect(viewHistory(history, TODAY)).toBe(first);
    const saved = [...history, run('2026-11-27', { painNow: 5 })];
    expect(viewHistory(saved, TODAY).entries.map((e) => e.painNow)).toEqual([2, 5]);
    // An edited check-in: a new list of the same length.
    expect(viewHistory(saved.with(1, run('2026-11-27', { painNow: 7 })), TODAY).entries.map((e) => e.painNow)).toEqual([2, 7]);
    expect(viewHistory(saved, '2026-11-26').entries.map((e) => e.painNow)).toEqual([2]);
    expect(viewHistory(saved, TODAY, { localDate: TODAY, pain: 4 }).painBefore).toEqual({ localDate: TODAY, pain: 4 });
    expect(viewHistory(saved, TODAY, { localDate: TODAY, pain: 6 }).painBefore).toEqual({ localDate: TODAY, pain: 6 });
    expect(viewHistory(saved, TODAY).painBefore).toBeNull();
  });

  it('reads pain from 0 to 10 and leaves out any other number a hand-edited file may hold', () => {
    const scores = [0, 10, 11, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY];
    const view = viewHistory(
      scores.map((p, i) => rest(`2026-11-${String(10 + i)}`, { painNow: p, painBefore: p })),
      TODAY,
    );
    expect(view.entries.map((e) => e.painNow)).toEqual([0, 10, null, null, 2.5, null, null]);
    expect(view.entries.map((e) => e.painBefore)).toEqual([0, 10, null, null, 2.5, null, null]);
  });

  it('reads a distance or time of 0 or less as none', () => {
    const view = viewHistory(
      [run('2026-11-20', { distanceKm: 0, durationSec: 0 }), run('2026-11-21', { distanceKm: -3, durationSec: -60 }), run('2026-11-22')],
      TODAY,
    );
    expect(view.runs.map((e) => [e.distanceKm, e.durationSec])).toEqual([
      [null, null],
      [null, null],
      [5, 1800],
    ]);
  });

  it('leaves out days after today and malformed days, and starts the history at its earliest day, routines included', () => {
    const view = viewHistory(
      [
        run('2026-11-20'),
        routineOnly('2026-11-02'),
        run('2026-11-29'),
        { ...run('2026-11-21'), localDate: '2026-13-01' },
        run('2026-11-05'),
      ],
      TODAY,
    );
    expect(view.entries.map((e) => e.localDate)).toEqual(['2026-11-05', '2026-11-20']);
    expect(view.firstDate).toBe('2026-11-02');
    expect(viewHistory([run('2026-11-29')], TODAY).firstDate).toBeNull();
  });

  it('orders a day’s check-ins by the moment they began, whatever the offset, then by id', () => {
    const east = checkInOn('2026-11-20', { id: 'b-east', startedAt: '2026-11-20T08:00:00+02:00' }); // 06:00Z
    const utc = checkInOn('2026-11-20', { id: 'a-utc', startedAt: '2026-11-20T07:00:00Z' });
    const twin = checkInOn('2026-11-20', { id: 'a-twin', startedAt: '2026-11-20T07:00:00Z' });
    const dayBefore = checkInOn('2026-11-19', { id: 'z', startedAt: '2026-11-19T23:00:00Z' });
    const view = viewHistory([utc, east, twin, dayBefore], TODAY);
    expect(view.entries.map((e) => e.session.id)).toEqual(['z', 'b-east', 'a-twin', 'a-utc']);
  });

  it('keeps a pain-before answer only when it is a real score on a real day up to today', () => {
    expect(viewHistory([], TODAY, { localDate: TODAY, pain: 6 }).painBefore).toEqual({ localDate: TODAY, pain: 6 });
    expect(viewHistory([], TODAY, { localDate: '2026-11-29', pain: 6 }).painBefore).toBeNull();
    expect(viewHistory([], TODAY, { localDate: '2026-11-31', pain: 6 }).painBefore).toBeNull();
    expect(viewHistory([], TODAY, { localDate: TODAY, pain: 11 }).painBefore).toBeNull();
  });
});

describe('painScoresInLastDays', () => {
  it('gives every score of the window oldest first, the warm-up answer in its place', () => {
    const view = viewHistory(
      [run('2026-11-27', { painBefore: 2, painNow: 5 }), rest('2026-11-20', { painNow: 9 }), rest('2026-11-25', { painNow: 1 })],
      TODAY,
      { localDate: '2026-11-26', pain: 4 },
    );
    expect(painScoresInLastDays(view, 4).map((s) => [s.localDate, s.pain, s.entry === null])).toEqual([
      ['2026-11-25', 1, false],
      ['2026-11-26', 4, true],
      ['2026-11-27', 2, false],
      ['2026-11-27', 5, false],
    ]);
    expect(painScoresInLastDays(view, 2).map((s) => s.pain)).toEqual([2, 5]);
  });
});

describe('window helpers', () => {
  it('counts the last n days with today in and the nth day back out', () => {
    expect(inLastDays(TODAY, TODAY, 7)).toBe(true);
    expect(inLastDays('2026-11-22', TODAY, 7)).toBe(true);
    expect(inLastDays('2026-11-21', TODAY, 7)).toBe(false);
    expect(inLastDays('2026-11-29', TODAY, 7)).toBe(false);
  });

  it('covers a day when the history starts on it or before', () => {
    const view = viewHistory([routineOnly('2026-11-10')], TODAY);
    expect(historyCovers(view, '2026-11-10')).toBe(true);
    expect(historyCovers(view, '2026-11-09')).toBe(false);
    expect(historyCovers(viewHistory([], TODAY), TODAY)).toBe(false);
  });

  it('calls a day with a rest check-in, or with no run or cross-training, a rest day', () => {
    const view = viewHistory(
      [run('2026-11-20'), rest('2026-11-20'), cross('2026-11-21'), run('2026-11-22'), checkInOn('2026-11-23')],
      TODAY,
    );
    expect(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'].map((d) => isRestDay(view.entries, d))).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
  });
});
