import { describe, expect, it } from 'vitest';
import { seedSessions } from '../../../../../../bench/seed';
import { MAX_PAGE_WEEKS, type HistoryPage } from '../../../../../../src/lib/history/page';
import { mainOverHistory } from '../../../../../support/main-over-history';

// Thursday 26 November 2026.
const TODAY = '2026-11-26';
const app = mainOverHistory();
const store = app.store.bind(app);

const page = (arg: unknown) => app.answer<HistoryPage>('history:page', arg);

const ALL = { filter: {}, weekStartDay: 1, weeks: 12 };

describe('history:page', () => {
  it('with no history: no week and nothing to count', async () => {
    expect(await page(ALL)).toEqual({ weeks: [], matching: 0, total: 0, olderWeeks: 0, routines: [] });
  });

  it('answers the newest weeks of the stored history, filtered in main', async () => {
    // 100 days back from Thursday: Monday weeks hold 4 + 13 × 7 + 5 days = 15 weeks.
    store(seedSessions(100, TODAY));
    const first = await page(ALL);
    expect(first.total).toBe(100);
    expect(first.matching).toBe(100);
    expect(first.weeks).toHaveLength(12);
    expect(first.weeks[0]).toMatchObject({ weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(first.weeks[0]!.sessions[0]!.localDate).toBe(TODAY);
    expect(first.olderWeeks).toBe(3);
    expect(first.routines).toEqual([{ id: 'builtin-after', name: 'After the run' }]);

    // Every seventh day back from today is a rest day.
    const rest = await page({ ...ALL, filter: { dayType: 'rest' } });
    expect(rest.matching).toBe(15);
    expect(rest.total).toBe(100);
    expect(rest.weeks.flatMap((w) => w.sessions).every((s) => s.checkIn?.dayType === 'rest')).toBe(true);

    // The weeks after the first twelve, from where the list stops.
    const older = await page({ ...ALL, skipWeeks: 12 });
    expect(older.weeks.map((w) => w.weekStart)).toEqual(['2026-08-31', '2026-08-24', '2026-08-17']);
    expect(older.olderWeeks).toBe(0);
  });

  it('refuses a bad argument, changing nothing', async () => {
    store(seedSessions(20, TODAY));
    const before = app.main.stores.history.read();
    for (const bad of [
      { ...ALL, weeks: 0 },
      { ...ALL, weeks: MAX_PAGE_WEEKS + 1 },
      { ...ALL, weeks: 1.5 },
      { ...ALL, skipWeeks: -1 },
      { ...ALL, skipWeeks: 2.5 },
      { ...ALL, skipWeeks: '12' },
      { ...ALL, skipWeeks: MAX_PAGE_WEEKS + 1 },
      { ...ALL, weekStartDay: 7 },
      { ...ALL, filter: { dayType: 'swim' } },
      { ...ALL, filter: { painBand: 'awful' } },
      { ...ALL, filter: { extra: 1 } },
      { ...ALL, extra: true },
      { filter: {}, weekStartDay: 1 },
    ]) {
      const result = await app.main.invoke('history:page', bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
    expect(app.main.stores.history.read()).toEqual(before);
  });

  it("keeps a 10,000-session history's answer for 12 weeks under 256 KB", async () => {
    store(seedSessions(10_000, TODAY));
    const answer = await page(ALL);
    expect(answer.total).toBe(10_000);
    expect(answer.weeks).toHaveLength(12);
    expect(answer.olderWeeks).toBeGreaterThan(1400);
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(256 * 1024);
  });

  it('answers from what main holds now: a saved session shows in the next page, a deleted one leaves it', async () => {
    store(seedSessions(100, TODAY));
    const before = await page(ALL);
    const REST = { ...ALL, filter: { dayType: 'rest' } };
    expect((await page(REST)).matching).toBe(15);
    // The same question again is answered from the index kept for this history.
    expect(await page(ALL)).toEqual(before);
    const checkIn = { ...before.weeks[0]!.sessions[0]!.checkIn!, dayType: 'rest', note: 'after the index' };
    const saved = await app.main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const after = await page(ALL);
    expect(after.total).toBe(101);
    const added = after.weeks[0]!.sessions.find((s) => s.checkIn?.note === 'after the index');
    expect(added).toBeDefined();
    expect((await page(REST)).matching).toBe(16);

    const deleted = await app.main.invoke('sessions:delete', { id: added!.id });
    expect(deleted.ok, JSON.stringify(deleted)).toBe(true);
    const gone = await page(ALL);
    expect(gone.total).toBe(100);
    expect(gone.weeks.flatMap((w) => w.sessions).some((s) => s.id === added!.id)).toBe(false);
    expect((await page(REST)).matching).toBe(15);
  });
});
