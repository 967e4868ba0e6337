// The history store as the History screen shows it: what the list's page from main holds and in what order, what the
// filters leave, where a saved check-in lands, and what Delete, Undo and leaving the screen do.
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
  loadPage,
  loadSession,
  WEEKS_PER_PAGE,
  saveCheckIn,
  selectTab,
  setFilter,
  showOlderWeeks,
  toggleSession,
  undoDelete,
} from '../../../src/stores/history.svelte';
import { FIRST_SCREEN_WEEKS, openPage } from '../../../src/stores/history-open';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';
import { checkIn, session } from '../../support/history';
import { addDays } from '../../../src/lib/history/dates';

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
  await loadPage();
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

const days = (sessions: Session[]) => sessions.map((s) => s.localDate);

/** The sessions of the list's page, newest first. */
const listed = () => historyState.page?.weeks.flatMap((w) => w.sessions) ?? [];

/** Waits for main's answer to the page the store asked again after a change. */
async function listShows(expected: string[]): Promise<void> {
  await vi.waitFor(() => expect(days(listed())).toEqual(expected));
}

describe('history store', () => {
  it('shows the history main holds, newest first, without loading the whole history', () => {
    expect(historyState.pageLoaded).toBe(true);
    expect(historyState.error).toBeNull();
    expect(days(listed())).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect(historyState.page).toMatchObject({ matching: 3, total: 3, olderWeeks: 0 });
  });

  it('says in plain words when the history cannot be read', async () => {
    const api = (globalThis as unknown as Record<string, { getHistoryPage: () => Promise<unknown> }>)[API_GLOBAL]!;
    vi.spyOn(api, 'getHistoryPage').mockResolvedValue({
      ok: false,
      error: { code: 'not-found', message: 'The history file is missing.', issues: [] },
    });
    await loadPage();
    expect(historyState.error).toBe('The history file is missing.');
    expect(historyState.pageLoaded).toBe(true);
  });

  it('narrows the list as each filter is chosen, keeps the others, and Show all brings everything back', async () => {
    expect(filterActive()).toBe(false);

    setFilter({ dayType: 'run' });
    await listShows(['2026-11-22', '2026-11-20']);
    setFilter({ painBand: 'severe' });
    await listShows(['2026-11-20']);
    expect(historyState.filter).toEqual({ routineId: '', dayType: 'run', painBand: 'severe', treatment: '' });
    expect(filterActive()).toBe(true);
    expect(historyState.page).toMatchObject({ matching: 1, total: 3 });

    setFilter({ dayType: 'rest' });
    await listShows([]);

    clearFilter();
    await listShows(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect(filterActive()).toBe(false);
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
    await listShows(['2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20']);
  });

  it('keeps a filter the saved check-in passes, and says an edit was an update', async () => {
    expect((await loadSession(easyRun.id))?.checkIn?.distanceKm).toBe(5);
    setFilter({ dayType: 'run' });
    await saveCheckIn(easyRun.id, checkIn({ painNow: 2, distanceKm: 6 }));
    expect(historyState.notice).toBe('Check-in updated.');
    expect(historyState.filter.dayType).toBe('run');
    await vi.waitFor(() => expect(listed().find((s) => s.id === easyRun.id)?.checkIn?.distanceKm).toBe(6));
  });

  it('deletes a session, offers Undo, and Undo puts it back open', async () => {
    toggleSession(restDay.id);
    expect(await deleteSession(restDay.id)).toBe(true);
    await listShows(['2026-11-22', '2026-11-20']);
    expect(historyState.lastDeleted?.id).toBe(restDay.id);
    expect(historyState.openId).toBeNull();

    await undoDelete();
    await listShows(['2026-11-22', '2026-11-21', '2026-11-20']);
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

  it('opens first with a screenful of weeks, then the whole page, asking once for both; a later open asks for the page alone', async () => {
    // One session in each of the ten weeks before the fixture's week: 11 weeks in all.
    for (let w = 1; w <= 10; w++) {
      const result = await bridge.main.invoke('sessions:restore', session(addDays('2026-11-20', -7 * w)));
      if (!result.ok) throw new Error(result.error.message);
    }
    const api = pageApi();
    const original = api.getHistoryPage.bind(api);
    // What the list shows at each question: nothing yet, then the first screenful while the whole page is asked.
    const shown: (number | undefined)[] = [];
    const asked = vi.spyOn(api, 'getHistoryPage').mockImplementation((arg) => {
      shown.push(historyState.page?.weeks.length);
      return original(arg);
    });
    Object.assign(historyState, initialHistoryState());
    // The click asks, then the screen once its code has loaded: one opening answers both.
    await Promise.all([openPage(), openPage()]);
    shown.push(historyState.page!.weeks.length);
    // The rest of the page is asked from below the screenful, not from the newest week again.
    expect(asked.mock.calls.map(([arg]) => [arg.weeks, arg.skipWeeks])).toEqual([
      [FIRST_SCREEN_WEEKS, 0],
      [WEEKS_PER_PAGE - FIRST_SCREEN_WEEKS, FIRST_SCREEN_WEEKS],
    ]);
    expect(shown).toEqual([undefined, FIRST_SCREEN_WEEKS, 11]);

    asked.mockClear();
    await openPage();
    expect(asked.mock.calls.map(([arg]) => [arg.weeks, arg.skipWeeks])).toEqual([[WEEKS_PER_PAGE, 0]]);
  });

  it('adds only the older weeks below those shown, once for a double click, and a change starts from the newest again', async () => {
    // One session in each of the 30 weeks before the fixture's week: 31 weeks in all.
    for (let w = 1; w <= 30; w++) {
      const result = await bridge.main.invoke('sessions:restore', session(addDays('2026-11-20', -7 * w)));
      if (!result.ok) throw new Error(result.error.message);
    }
    await loadPage();
    const firstTwelve = historyState.page!.weeks;
    expect(firstTwelve).toHaveLength(12);
    const asked = vi.spyOn(pageApi(), 'getHistoryPage');

    await showOlderWeeks();
    // Asked once, from below the twelve, for the next twelve; the weeks shown are kept as they were.
    expect(asked.mock.calls.map(([arg]) => [arg.skipWeeks, arg.weeks])).toEqual([[12, 12]]);
    expect(historyState.page!.weeks).toHaveLength(24);
    expect(historyState.page!.olderWeeks).toBe(7);
    // A second click while the first is answered, at the oldest weeks: one more question, from below the 24.
    asked.mockClear();
    await Promise.all([showOlderWeeks(), showOlderWeeks()]);
    expect(asked.mock.calls.map(([arg]) => [arg.skipWeeks, arg.weeks])).toEqual([[24, 12]]);
    expect(historyState.page!.weeks).toHaveLength(31);
    expect(historyState.page!.weeks.slice(0, 12).every((w, i) => w === firstTwelve[i])).toBe(true);
    expect(days(listed())).toEqual([
      ...['2026-11-22', '2026-11-21', '2026-11-20'],
      ...Array.from({ length: 30 }, (_, i) => addDays('2026-11-20', -7 * (i + 1))),
    ]);
    expect(historyState.page).toMatchObject({ matching: 33, total: 33, olderWeeks: 0 });

    asked.mockClear();
    await deleteSession(hardRun.id);
    await vi.waitFor(() => expect(historyState.page!.total).toBe(32));
    // A change asks the whole list again from the newest week.
    expect(asked.mock.calls[0]![0]).toMatchObject({ skipWeeks: 0 });
    expect(historyState.page!.weeks).toHaveLength(31);
    expect(historyState.page!.weeks[0]!.sessions.map((s) => s.localDate)).toEqual(['2026-11-22', '2026-11-21']);
  });
});

function pageApi() {
  return (globalThis as unknown as Record<string, { getHistoryPage: (arg: { weeks: number; skipWeeks?: number }) => Promise<unknown> }>)[
    API_GLOBAL
  ]!;
}
