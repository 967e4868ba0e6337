/**
 * The session history as the renderer sees it: loaded from main, changed only through main.
 * One store object, changed by the functions below; aggregates come from the pure stats module.
 */
import { api } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import type { ImportPreview, ImportProgress } from '../lib/ipc/contract';
import type { CheckIn, DayType, Session, Treatment } from '../lib/history/types';
import { MAX_PAGE_WEEKS, type HistoryPage } from '../lib/history/page';
import { joinSlice } from '../lib/history/page-slices';
import { filterSessions, type PainBand, type SessionFilter } from '../lib/history/stats';
import { saveFailureOf } from '../lib/ipc/save-failure';
import { refreshCharts } from './history-charts.svelte';
import { afterNextFrame } from './next-frame';
import { loadPendingCheckIn, pendingState } from './pending.svelte';
import { settingsState } from './settings.svelte';

export type HistoryTab = 'sessions' | 'charts' | 'calendar' | 'advice';

export interface HistoryFilter {
  /** '' means any. */
  routineId: string;
  dayType: DayType | '';
  painBand: PainBand | '';
  treatment: Treatment | '';
}

export interface HistoryState {
  /** The list's page from main: the newest weeks matching the filter, with the counts. */
  page: HistoryPage | null;
  /** The list's page has been answered (or refused): the screen can show it. */
  pageLoaded: boolean;
  /** How many weeks the list shows, from the newest. */
  weeks: number;
  /** Loading the history failed. */
  error: string | null;
  /** The session just deleted, kept for Undo until the next change. */
  lastDeleted: Session | null;
  /** A short confirmation to show once ("Check-in saved."). */
  notice: string | null;
  /** An action on the history screen that main refused (export, import, delete, undo). */
  actionError: string | null;
  /** An import waiting for the runner's yes. */
  importPreview: ImportPreview | null;
  /** How far main has got checking an import file, while it does. */
  importProgress: ImportProgress | null;
  busy: boolean;
  /** Kept here so that the screen comes back as it was after editing a session. */
  tab: HistoryTab;
  filter: HistoryFilter;
  /** The session whose details are open in the list. */
  openId: string | null;
}

/** The list shows this many weeks at first, and this many more at each "Show older weeks". */
export const WEEKS_PER_PAGE = 12;

/** The state at launch (and what tests start each case from). */
export function initialHistoryState(): HistoryState {
  return {
    page: null,
    pageLoaded: false,
    weeks: WEEKS_PER_PAGE,
    error: null,
    lastDeleted: null,
    notice: null,
    actionError: null,
    importPreview: null,
    importProgress: null,
    busy: false,
    tab: 'sessions',
    filter: { routineId: '', dayType: '', painBand: '', treatment: '' },
    openId: null,
  };
}

/** The store itself. The page is raw (unproxied) and replaced whole: a deep proxy made every read go through a trap. */
class HistoryStore implements HistoryState {
  page = $state.raw<HistoryPage | null>(null);
  pageLoaded = $state(false);
  weeks = $state(WEEKS_PER_PAGE);
  error = $state<string | null>(null);
  lastDeleted = $state<Session | null>(null);
  notice = $state<string | null>(null);
  actionError = $state<string | null>(null);
  importPreview = $state<ImportPreview | null>(null);
  importProgress = $state<ImportProgress | null>(null);
  busy = $state(false);
  tab = $state<HistoryTab>('sessions');
  filter = $state<HistoryFilter>({ routineId: '', dayType: '', painBand: '', treatment: '' });
  openId = $state<string | null>(null);
}

export const historyState: HistoryState = new HistoryStore();

let pageAsked = 0;
/** The fill under way, if any: "Show older weeks" while it runs raises its goal instead of asking again. */
let filling: Promise<void> | null = null;
/** The filter and week start of the list shown: a refresh of the same list keeps its lower rows until their slice comes. */
let shownKey = '';

/** About a screenful of weeks: opening the list first asks for these alone, so that its first rows paint at once. */
export const FIRST_SCREEN_WEEKS = 2;

/**
 * Asks main for the list again from the newest week, up to `weeks` (else the weeks the list shows), a slice at a time;
 * `firstWeeks` makes the first slice a screenful. Only the newest question's answers are shown.
 */
export function loadPage(weeks?: number, firstWeeks?: number): Promise<void> {
  return track(fillPage(++pageAsked, 0, weeks, firstWeeks));
}

/** The list shows 12 more weeks: only those are asked, and added below the weeks shown. */
export function showOlderWeeks(): Promise<void> {
  historyState.weeks = Math.min(MAX_PAGE_WEEKS, historyState.weeks + WEEKS_PER_PAGE);
  return filling ?? track(fillPage(++pageAsked, historyState.page?.weeks.length ?? 0));
}

function track(fill: Promise<void>): Promise<void> {
  const current = (filling = fill.finally(() => {
    if (filling === current) filling = null;
  }));
  return current;
}

/** Asks slice after slice from week `from` on, each once the one before is drawn, until the goal or the oldest week. */
async function fillPage(asked: number, from: number, weeks?: number, firstWeeks = MAX_PAGE_WEEKS): Promise<void> {
  const filter = currentFilter();
  const weekStartDay = settingsState.settings.weekStartDay;
  const key = JSON.stringify([filter, weekStartDay]);
  const shownBefore = from === 0 && key === shownKey ? (historyState.page?.weeks ?? []) : [];
  let fetched = from === 0 ? [] : (historyState.page?.weeks ?? []).slice(0, from);
  try {
    for (;;) {
      const goal = weeks ?? historyState.weeks;
      const want = Math.max(1, Math.min(goal - fetched.length, fetched.length === 0 ? firstWeeks : MAX_PAGE_WEEKS));
      const slice = await api.getHistoryPage({ filter, weekStartDay, weeks: want, skipWeeks: fetched.length });
      if (asked !== pageAsked) return;
      fetched = [...fetched, ...slice.weeks];
      const done = slice.olderWeeks === 0 || slice.weeks.length === 0 || fetched.length >= (weeks ?? historyState.weeks);
      historyState.page = joinSlice(fetched, shownBefore, slice, done);
      historyState.error = null;
      historyState.pageLoaded = true;
      shownKey = key;
      if (done) return;
      await afterNextFrame();
      if (asked !== pageAsked) return;
    }
  } catch (error) {
    if (asked === pageAsked) historyState.error = plainRefusal(error);
  } finally {
    if (asked === pageAsked) historyState.pageLoaded = true;
  }
}

/** The history changed in main: the list's page is asked again if it was shown. */
function refreshPage(): void {
  if (historyState.pageLoaded) void loadPage();
}

/** A session was saved, deleted or put back in main: what History shows is asked again. */
function historyChanged(): void {
  refreshPage();
  refreshCharts();
}

/** Main changed many sessions at once (an import, a backup restored): the page (a screenful first) and the charts are asked again if shown. */
export async function historyReplaced(): Promise<void> {
  refreshCharts();
  shownKey = '';
  if (historyState.pageLoaded) await loadPage(undefined, FIRST_SCREEN_WEEKS);
}

function currentFilter(): SessionFilter {
  const { routineId, dayType, painBand, treatment } = historyState.filter;
  const filter: SessionFilter = {};
  if (treatment) filter.treatment = treatment;
  if (routineId) filter.routineId = routineId;
  if (dayType) filter.dayType = dayType;
  if (painBand) filter.painBand = painBand;
  return filter;
}

export function clearFilter(): void {
  historyState.filter = { routineId: '', dayType: '', painBand: '', treatment: '' };
  refreshPage();
}

/** Narrows the list by the fields given; the others stay as they are. */
export function setFilter(change: Partial<HistoryFilter>): void {
  historyState.filter = { ...historyState.filter, ...change };
  refreshPage();
}

/** Whether the list is narrowed at all (then it says "Showing n of m" and offers "Show all"). */
export function filterActive(): boolean {
  return Object.keys(currentFilter()).length > 0;
}

export function selectTab(tab: HistoryTab): void {
  historyState.tab = tab;
}

/** Opens a session's details in the list, or closes them when they are open. */
export function toggleSession(id: string): void {
  historyState.openId = historyState.openId === id ? null : id;
}

/** Leaving the screen: a confirmation is shown once, so it goes, with the Undo offer and an unconfirmed import. */
export function leaveHistory(): void {
  historyState.notice = null;
  historyState.actionError = null;
  historyState.lastDeleted = null;
  historyState.importPreview = null;
}

/** Today's answer to "how does your back feel" from the end of the warm-up, for the check-in. */
export function todaysPainBefore(): Promise<number | null> {
  return api.getPainBefore();
}

/** The session the check-in editor opened last: a save to it that already had a check-in is an update. */
let opened: Session | null = null;

/** One session from main for the check-in editor; null when it is gone (deleted meanwhile). */
export async function loadSession(id: string): Promise<Session | null> {
  opened = await api.getSession({ id });
  return opened;
}

/** Main stored a session (new or replaced): what History shows is asked again. */
export function rememberSession(_saved: Session): void {
  historyChanged();
}

/**
 * Saves a check-in through main (attached to sessionId, or a session of its own when null, on localDate when given).
 * Throws main's message when refused, so that the form keeps what was typed.
 */
export async function saveCheckIn(sessionId: string | null, checkIn: CheckIn, localDate?: string): Promise<Session> {
  const editing = sessionId !== null && opened?.id === sessionId && opened.checkIn != null;
  let saved: Session;
  try {
    saved = await api.saveCheckIn({ sessionId, checkIn, ...(localDate === undefined ? {} : { localDate }) });
  } catch (error) {
    // Main keeps a refused check-in when it can: learn whether it did.
    if (saveFailureOf(error)) await loadPendingCheckIn();
    throw error;
  }
  pendingState.checkIn = null;
  rememberSession(saved);
  historyState.notice = editing ? 'Check-in updated.' : 'Check-in saved.';
  historyState.lastDeleted = null;
  // History opens on the list with the saved session showing and open.
  historyState.tab = 'sessions';
  if (filterSessions([saved], currentFilter()).length === 0) clearFilter();
  historyState.openId = saved.id;
  return saved;
}

export async function deleteSession(id: string): Promise<boolean> {
  historyState.actionError = null;
  historyState.notice = null;
  try {
    const removed = await api.deleteSession({ id });
    historyState.lastDeleted = removed;
    if (historyState.openId === id) historyState.openId = null;
    historyChanged();
    return true;
  } catch (error) {
    historyState.actionError = plainRefusal(error);
    return false;
  }
}

export async function undoDelete(): Promise<void> {
  const removed = historyState.lastDeleted;
  if (!removed) return;
  try {
    // A plain copy: a $state proxy cannot cross IPC (structured clone refuses proxies).
    const restored = await api.restoreSession($state.snapshot(removed));
    historyState.lastDeleted = null;
    rememberSession(restored);
    historyState.openId = restored.id;
    historyState.notice = 'Session put back.';
  } catch (error) {
    historyState.actionError = plainRefusal(error);
  }
}

export function dismissUndo(): void {
  historyState.lastDeleted = null;
}

export function dismissNotice(): void {
  historyState.notice = null;
}
