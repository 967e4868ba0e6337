// The Charts and Calendar tabs' answer as the store keeps it: what main answers for today, kept fresh after a
// save, a delete or an import, in the runner's unit, and only the newest answer shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import { chartsState, loadCharts, refreshCharts, resetCharts, showCharts } from '../../../src/stores/history-charts.svelte';
import { deleteSession, historyReplaced, historyState, initialHistoryState, saveCheckIn } from '../../../src/stores/history.svelte';
import { loadSettings, updateSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { checkIn, session } from '../../support/history';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;
const today = localDateOf(new Date());
const yesterday = session(addDays(today, -1), { checkIn: checkIn({ painNow: 6, distanceKm: 10, spotPain: { 'hip-left': 4 } }) });

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  const result = await bridge.main.invoke('sessions:restore', yesterday);
  if (!result.ok) throw new Error(result.error.message);
  Object.assign(historyState, initialHistoryState());
  resetCharts();
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

const painOn = (localDate: string) => chartsState.data?.days.find((d) => d.localDate === localDate)?.pain;
const api = () => (globalThis as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>)[API_GLOBAL]!;

describe('charts store', () => {
  it("holds main's answer up to today: the pain, the calendar and the scored spots", async () => {
    await loadCharts();
    expect(chartsState.data!.days.at(-1)!.localDate).toBe(today);
    expect(painOn(yesterday.localDate)).toBe(6);
    expect(chartsState.data!.calendar.flatMap((w) => w.days).find((d) => d.localDate === yesterday.localDate)?.run).toBe(true);
    expect(Object.keys(chartsState.data!.spots)).toEqual(['hip-left']);
  });

  it('asks again after a save and a delete once shown, never before', async () => {
    const ask = vi.spyOn(api(), 'getHistoryCharts');
    refreshCharts();
    expect(ask).not.toHaveBeenCalled();
    await loadCharts();
    const saved = await saveCheckIn(null, checkIn({ dayType: 'rest', painNow: 2, distanceKm: null, durationSec: null }));
    await vi.waitFor(() => expect(painOn(today)).toBe(2));
    await deleteSession(saved.id);
    await vi.waitFor(() => expect(painOn(today)).toBeNull());
    await historyReplaced();
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('opening the tabs asks once for a day, week start and unit, joining an answer on its way', async () => {
    const ask = vi.spyOn(api(), 'getHistoryCharts');
    await Promise.all([showCharts(), showCharts()]);
    await showCharts();
    expect(ask).toHaveBeenCalledTimes(1);
    await updateSettings({ weekStartDay: 0 });
    await showCharts();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(chartsState.data!.calendar[0]!.days[0]!.weekday).toBe(0);
  });

  it("answers in the runner's unit", async () => {
    await updateSettings({ distanceUnit: 'mi' });
    await loadCharts();
    expect(chartsState.data!.unit).toBe('mi');
    expect(chartsState.data!.weeks.reduce((sum, w) => sum + w.distance, 0)).toBeCloseTo(10 / 1.609344, 3);
  });

  it('shows only the newest answer when two cross', async () => {
    const original = api().getHistoryCharts!;
    // Main's answer from before the delete, held back until after the newer answer.
    const stale = await original({ today, weekStartDay: 1, unit: 'km' });
    let answerOld: (value: unknown) => void = () => {};
    vi.spyOn(api(), 'getHistoryCharts')
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockImplementation(original);
    const old = loadCharts();
    await bridge.main.invoke('sessions:delete', { id: yesterday.id });
    await loadCharts();
    expect(painOn(yesterday.localDate)).toBeNull();
    answerOld(stale);
    await old;
    expect(painOn(yesterday.localDate)).toBeNull();
  });

  it('says in plain words when main refuses', async () => {
    vi.spyOn(api(), 'getHistoryCharts').mockResolvedValue({
      ok: false,
      error: { code: 'not-found', message: 'The history file is missing.', issues: [] },
    });
    await loadCharts();
    expect(chartsState.error).toBe('The history file is missing.');
  });
});
