/**
 * One page of the History list, worked out in main: the newest weeks that match the list's filter,
 * with their totals, so that the renderer never needs the whole history to show its first rows.
 */
import type { WeekStartDay } from '../settings/types';
import { filterSessions, sortNewestFirst, weeklySummaries, type SessionFilter, type WeekSummary } from './stats';
import type { Session } from './types';

/** The most weeks one page may ask for: a century, so that "Show older weeks" reaches the oldest session of any real history. */
export const MAX_PAGE_WEEKS = 5200;

/**
 * The most sessions one answer carries (a week is never cut, so a denser week still comes whole): carrying
 * 420 sessions in one answer held the window about 200 ms, so a page comes in slices the list draws one by one.
 */
export const MAX_SLICE_SESSIONS = 120;

export interface RoutineInHistory {
  id: string;
  /** The name it had in its newest session (a routine may have been renamed since). */
  name: string;
}

export interface HistoryPage {
  /** Weeks with a matching session, newest first, from `skipWeeks` on; each with its matching sessions, newest first. */
  weeks: WeekSummary[];
  /** Sessions that match the filter, in all weeks. */
  matching: number;
  /** Sessions in the history, matching or not. */
  total: number;
  /** Weeks with a matching session beyond this page. */
  olderWeeks: number;
  /** Every routine in the history (not only the matching), by name, for the filter's choices. */
  routines: RoutineInHistory[];
}

export interface PageRequest {
  filter: SessionFilter;
  weekStartDay: WeekStartDay;
  /** How many weeks to answer at most (fewer when they hold more than MAX_SLICE_SESSIONS sessions). */
  weeks: number;
  /** Where the answer starts: this many of the newest matching weeks are left out (already shown). */
  skipWeeks?: number;
}

/** The weeks of one filter over one list of sessions, all of them: each page is a slice. */
interface FilteredWeeks {
  weeks: WeekSummary[];
  matching: number;
}

/** What one list of sessions has been grouped into, by filter and week start day. */
interface ListIndex {
  byFilter: Map<string, FilteredWeeks>;
  routines?: RoutineInHistory[];
}

/** A few filters per list are kept: the list, the filter being tried and the one before. */
const FILTERS_KEPT = 4;

/**
 * Sorting and grouping thousands of sessions for every page costs more than the page; a list of
 * sessions is never changed in place (a write makes a new one), so its index lives as long as it does.
 */
const indexes = new WeakMap<readonly Session[], ListIndex>();

function indexOf(sessions: readonly Session[]): ListIndex {
  let index = indexes.get(sessions);
  if (!index) indexes.set(sessions, (index = { byFilter: new Map() }));
  return index;
}

function weeksOf(sessions: readonly Session[], filter: SessionFilter, weekStartDay: WeekStartDay): FilteredWeeks {
  const { byFilter } = indexOf(sessions);
  const key = JSON.stringify([weekStartDay, filter.routineId, filter.dayType, filter.painBand, filter.treatment]);
  let found = byFilter.get(key);
  if (!found) {
    const matching = filterSessions(sessions, filter);
    found = { weeks: weeklySummaries(matching, weekStartDay), matching: matching.length };
    if (byFilter.size >= FILTERS_KEPT) byFilter.delete(byFilter.keys().next().value!);
  }
  // The newest use last, so that the oldest goes first.
  byFilter.delete(key);
  byFilter.set(key, found);
  return found;
}

export function historyPage(sessions: readonly Session[], { filter, weekStartDay, weeks, skipWeeks = 0 }: PageRequest): HistoryPage {
  const all = weeksOf(sessions, filter, weekStartDay);
  const end = sliceEnd(all.weeks, skipWeeks, weeks);
  const page = all.weeks.slice(skipWeeks, end);
  const index = indexOf(sessions);
  index.routines ??= routinesIn(sessions);
  return {
    weeks: page,
    matching: all.matching,
    total: sessions.length,
    olderWeeks: Math.max(0, all.weeks.length - end),
    routines: index.routines,
  };
}

/** Where a slice from `start` ends: at most `weeks` weeks, whole, within MAX_SLICE_SESSIONS unless its first week alone is more. */
function sliceEnd(all: readonly WeekSummary[], start: number, weeks: number): number {
  const last = Math.min(all.length, start + weeks);
  let end = Math.min(start + 1, last);
  let count = end > start ? all[start]!.sessions.length : 0;
  while (end < last && count + all[end]!.sessions.length <= MAX_SLICE_SESSIONS) count += all[end++]!.sessions.length;
  return Math.max(end, start);
}

/** The routines done, by id, each with its newest name, sorted by name. */
export function routinesIn(sessions: readonly Session[]): RoutineInHistory[] {
  const names = new Map<string, string>();
  for (const s of sortNewestFirst(sessions)) {
    if (s.routine && !names.has(s.routine.routineId)) names.set(s.routine.routineId, s.routine.routineName);
  }
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
