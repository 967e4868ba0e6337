/**
 * One page of the History list, worked out in main: the newest weeks that match the list's filter,
 * with their totals, so that the renderer never needs the whole history to show its first rows.
 */
import type { WeekStartDay } from '../settings/types';
import { filterSessions, sortNewestFirst, weeklySummaries, type SessionFilter, type WeekSummary } from './stats';
import type { Session } from './types';

/** The most weeks one page may ask for: a century, so that "Show older weeks" reaches the oldest session of any real history. */
export const MAX_PAGE_WEEKS = 5200;

export interface RoutineInHistory {
  id: string;
  /** The name it had in its newest session (a routine may have been renamed since). */
  name: string;
}

export interface HistoryPage {
  /** The newest weeks with a matching session, newest first; each with its matching sessions, newest first. */
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
  /** How many weeks to answer, from the newest. */
  weeks: number;
}

export function historyPage(sessions: readonly Session[], { filter, weekStartDay, weeks }: PageRequest): HistoryPage {
  const matching = filterSessions(sessions, filter);
  const all = weeklySummaries(matching, weekStartDay);
  const page = all.slice(0, weeks);
  return {
    weeks: page,
    matching: matching.length,
    total: sessions.length,
    olderWeeks: all.length - page.length,
    routines: routinesIn(sessions),
  };
}

/** The routines done, by id, each with its newest name, sorted by name. */
export function routinesIn(sessions: readonly Session[]): RoutineInHistory[] {
  const names = new Map<string, string>();
  for (const s of sortNewestFirst(sessions)) {
    if (s.routine && !names.has(s.routine.routineId)) names.set(s.routine.routineId, s.routine.routineName);
  }
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
