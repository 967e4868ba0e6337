import { describe, expect, it } from 'vitest';
import { seedSessions } from '../../../../../../bench/seed';
import type { HistoryCharts } from '../../../../../../src/lib/history/charts-answer';
import { PAIN_SPOTS, type Session } from '../../../../../../src/lib/history/types';
import { mainOverHistory } from '../../../../../support/main-over-history';

// Thursday 26 November 2026.
const TODAY = '2026-11-26';
const app = mainOverHistory();
const store = app.store.bind(app);

const charts = (arg: unknown) => app.answer<HistoryCharts>('history:charts', arg);

const ASK = { today: TODAY, weekStartDay: 1, unit: 'km' };

/** Every spot scored on every check-in: the largest answer a history can give. */
function everySpotScored(sessions: Session[]): Session[] {
  return sessions.map((s) => ({
    ...s,
    checkIn: s.checkIn && { ...s.checkIn, spotPain: Object.fromEntries(PAIN_SPOTS.map((spot, i) => [spot, (i + s.id.length) % 11])) },
  }));
}

describe('history:charts', () => {
  it('answers the last 12 weeks of the stored history: rows, calendar cells and the scored spots', async () => {
    store(
      everySpotScored(seedSessions(100, TODAY)).map((s, i) =>
        i < 95 ? { ...s, checkIn: s.checkIn && { ...s.checkIn, spotPain: {} } } : s,
      ),
    );
    const answer = await charts(ASK);
    expect(answer.weeks).toHaveLength(12);
    expect(answer.weeks.at(-1)!.weekStart).toBe('2026-11-23');
    expect(answer.days.at(-1)!.localDate).toBe(TODAY);
    expect(answer.calendar).toHaveLength(12);
    expect(answer.calendar.at(-1)!.days.find((d) => d.isToday)!.localDate).toBe(TODAY);
    expect(Object.keys(answer.spots).sort()).toEqual([...PAIN_SPOTS].sort());
    expect(answer.spots['hip-left']!.pain).toHaveLength(answer.days.length);
    // Only the last five days were scored by spot.
    expect(answer.spots['hip-left']!.pain.filter((p) => p !== null)).toHaveLength(5);
    expect(answer.unit).toBe('km');
    expect((await charts({ ...ASK, unit: 'mi' })).unit).toBe('mi');
  });

  it('refuses a bad argument, changing nothing', async () => {
    store(seedSessions(20, TODAY));
    const before = app.main.stores.history.read();
    for (const bad of [
      { ...ASK, today: '26/11/2026' },
      { ...ASK, today: '2026-02-30' },
      { ...ASK, weekStartDay: 7 },
      { ...ASK, weekStartDay: '1' },
      { ...ASK, unit: 'furlong' },
      { ...ASK, extra: true },
      { weekStartDay: 1, unit: 'km' },
      undefined,
    ]) {
      const result = await app.main.invoke('history:charts', bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
    expect(app.main.stores.history.read()).toEqual(before);
  });

  it("keeps a 10,000-session history's answer under 256 KB, every spot scored", async () => {
    store(everySpotScored(seedSessions(10_000, TODAY)));
    const answer = await charts(ASK);
    expect(answer.days).toHaveLength(7 * 11 + 4);
    expect(Object.keys(answer.spots)).toHaveLength(PAIN_SPOTS.length);
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(256 * 1024);
  });
});
