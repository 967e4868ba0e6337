/** The small answers that replaced reading the whole history in the renderer: one session for the editor, the learned run length. */
import { describe, expect, it } from 'vitest';
import { seedSessions } from '../../../../../../bench/seed';
import { DEFAULT_RUN_LENGTH_MIN } from '../../../../../../src/lib/reminders/run-length';
import { checkIn, session } from '../../../../../support/history';
import { mainOverHistory } from '../../../../../support/main-over-history';

// Thursday 26 November 2026.
const TODAY = '2026-11-26';
const app = mainOverHistory();
const store = app.store.bind(app);

async function refused(channel: 'sessions:get' | 'settings:learned-run-length', bad: unknown): Promise<void> {
  const result = await app.main.invoke(channel, bad);
  expect(result.ok, JSON.stringify(bad)).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('invalid-argument');
}

describe('sessions:get', () => {
  it('answers the one session asked for, as stored, and null for one deleted meanwhile', async () => {
    const sessions = seedSessions(30, TODAY);
    store(sessions);
    expect(await app.main.invoke('sessions:get', { id: 'seed-12' })).toEqual({ ok: true, value: sessions.find((s) => s.id === 'seed-12') });
    expect(await app.main.invoke('sessions:get', { id: 'seed-99' })).toEqual({ ok: true, value: null });
  });

  it('refuses a bad argument', async () => {
    for (const bad of [undefined, {}, { id: '' }, { id: 7 }, { id: 'seed-1', extra: 1 }, { id: 'x'.repeat(500) }])
      await refused('sessions:get', bad);
  });
});

describe('settings:learned-run-length', () => {
  it("is the median of the recent runs' time, in minutes, up to the day asked", async () => {
    const run = (localDate: string, durationSec: number) => session(localDate, { checkIn: checkIn({ durationSec }) });
    store([run('2026-11-20', 25 * 60), run('2026-11-22', 30 * 60), run('2026-11-24', 50 * 60)]);
    expect(await app.main.invoke('settings:learned-run-length', { today: TODAY })).toEqual({ ok: true, value: 30 });
    // Long before the first run there is nothing to learn from.
    expect(await app.main.invoke('settings:learned-run-length', { today: '2020-01-01' })).toEqual({
      ok: true,
      value: DEFAULT_RUN_LENGTH_MIN,
    });
  });

  it('without runs: the default', async () => {
    expect(await app.main.invoke('settings:learned-run-length', { today: TODAY })).toEqual({ ok: true, value: DEFAULT_RUN_LENGTH_MIN });
  });

  it('refuses a bad argument', async () => {
    for (const bad of [undefined, {}, { today: 'today' }, { today: '2026-13-01' }, { today: TODAY, extra: 1 }])
      await refused('settings:learned-run-length', bad);
  });
});
