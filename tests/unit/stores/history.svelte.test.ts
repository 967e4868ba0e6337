// The history store as the History screen shows it: what the list holds and in what order, what the
// filters leave, where a saved check-in lands, and what Delete, Undo and leaving the screen do.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import type { Session } from '../../../src/lib/history/types';
import {
  clearFilter,
  deleteSession,
  filterActive,
  historyState,
  initialHistoryState,
  leaveHistory,
  loadHistory,
  saveCheckIn,
  selectTab,
  setFilter,
  toggleSession,
  undoDelete,
  visibleSessions,
} from '../../../src/stores/history.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';
import { checkIn, session } from '../../support/history';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

// A week in November: a hard run, a rest day, an easy run.
const hardRun = session('2026-11-20', { checkIn: checkIn({ painNow: 8, distanceKm: 12 }) });
const restDay = session('2026-11-21', {
  checkIn: checkIn({ dayType: 'rest', painNow: 2, painBefore: null, distanceKm: null, durationSec: null }),
});
const easyRun = session('2026-11-22', { checkIn: checkIn({ painNow: 1, distanceKm: 5 }) });

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  for (const s of [hardRun, restDay, easyRun]) {
    const result = await bridge.main.invoke('sessions:restore', s);
    if (!result.ok) throw new Error(result.error.message);
  }
  Object.assign(historyState, initialHistoryState());
  await loadHistory();
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

const days = (sessions: Session[]) => sessions.map((s) => s.localDate);

/** What the list shows, kept up to date the way the list's $derived is. */
function watchList(): { shown: () => string[]; stop: () => void } {
  let shown: string[] = [];
  const stop = $effect.root(() => {
    $effect(() => {
      shown = days(visibleSessions());
    });
  });
  flushSync();
  return { shown: () => (flushSync(), shown), stop };
}

describe('history store', () => {
  it('shows the history main holds, newest first', () => {
    expect(historyState.loaded).toBe(true);
    expect(historyState.error).toBeNull();
    expect(days(visibleSessions())).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
  });

  it('says in plain words when the history cannot be read', async () => {
    const api = (globalThis as unknown as Record<string, { listSessions: () => Promise<unknown> }>)[API_GLOBAL]!;
    vi.spyOn(api, 'listSessions').mockResolvedValue({
      ok: false,
      error: { code: 'not-found', message: 'The history file is missing.', issues: [] },
    });
    await loadHistory();
    expect(historyState.error).toBe('The history file is missing.');
    expect(historyState.loaded).toBe(true);
  });

  it('narrows the list as each filter is chosen, keeps the others, and Show all brings everything back', () => {
    const list = watchList();
    expect(filterActive()).toBe(false);

    setFilter({ dayType: 'run' });
    expect(list.shown()).toEqual(['2026-11-22', '2026-11-20']);
    setFilter({ painBand: 'severe' });
    expect(list.shown()).toEqual(['2026-11-20']);
    expect(historyState.filter).toEqual({ routineId: '', dayType: 'run', painBand: 'severe', treatment: '' });
    expect(filterActive()).toBe(true);

    setFilter({ dayType: 'rest' });
    expect(list.shown()).toEqual([]);

    clearFilter();
    expect(list.shown()).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect(filterActive()).toBe(false);
    list.stop();
  });

  it('opens a session’s details, closes them on a second press, and keeps one open at a time', () => {
    toggleSession(hardRun.id);
    expect(historyState.openId).toBe(hardRun.id);
    toggleSession(easyRun.id);
    expect(historyState.openId).toBe(easyRun.id);
    toggleSession(easyRun.id);
    expect(historyState.openId).toBeNull();
  });

  it('brings a saved check-in into view: the list tab, open, with a filter that would hide it cleared', async () => {
    selectTab('charts');
    setFilter({ dayType: 'run' });
    const saved = await saveCheckIn(null, checkIn({ dayType: 'rest', painNow: 3, distanceKm: null, durationSec: null }), '2026-11-23');
    expect(historyState.notice).toBe('Check-in saved.');
    expect(historyState.tab).toBe('sessions');
    expect(filterActive()).toBe(false);
    expect(historyState.openId).toBe(saved.id);
    expect(days(visibleSessions())[0]).toBe('2026-11-23');
  });

  it('keeps a filter the saved check-in passes, and says an edit was an update', async () => {
    setFilter({ dayType: 'run' });
    await saveCheckIn(easyRun.id, checkIn({ painNow: 2, distanceKm: 6 }));
    expect(historyState.notice).toBe('Check-in updated.');
    expect(historyState.filter.dayType).toBe('run');
    expect(visibleSessions().find((s) => s.id === easyRun.id)?.checkIn?.distanceKm).toBe(6);
  });

  it('deletes a session, offers Undo, and Undo puts it back open', async () => {
    toggleSession(restDay.id);
    expect(await deleteSession(restDay.id)).toBe(true);
    expect(days(visibleSessions())).toEqual(['2026-11-22', '2026-11-20']);
    expect(historyState.lastDeleted?.id).toBe(restDay.id);
    expect(historyState.openId).toBeNull();

    await undoDelete();
    expect(days(visibleSessions())).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect(historyState.notice).toBe('Session put back.');
    expect(historyState.openId).toBe(restDay.id);
    expect(historyState.lastDeleted).toBeNull();
  });

  it('forgets the confirmation and the Undo offer on leaving the screen, but keeps the tab and filters', async () => {
    selectTab('calendar');
    setFilter({ painBand: 'mild' });
    await saveCheckIn(null, checkIn({ dayType: 'rest', painNow: 1, distanceKm: null, durationSec: null }), '2026-11-24');
    selectTab('calendar');
    leaveHistory();
    expect(historyState.notice).toBeNull();

    await deleteSession(hardRun.id);
    expect(historyState.lastDeleted?.id).toBe(hardRun.id);
    leaveHistory();
    expect(historyState.lastDeleted).toBeNull();
    expect(historyState.tab).toBe('calendar');
    expect(historyState.filter.painBand).toBe('mild');
  });
});
