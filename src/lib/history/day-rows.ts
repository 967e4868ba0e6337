/**
 * The history list shows a run day as one row: the day's routine-only sessions (a warm-up with no
 * check-in of its own) ride along with the session that carries the day's check-in.
 */
import type { RoutineRun, Session } from './types';

export interface DayRow {
  /** The session the row opens, edits and deletes: the day's latest check-in, else its latest session. */
  main: Session;
  /** The same day's other routine-only sessions, earliest first. */
  alongside: Session[];
}

/** Rows in the order of the given sessions (newest first stays newest first). */
export function dayRows(sessions: readonly Session[]): DayRow[] {
  const byDay = new Map<string, Session[]>();
  for (const s of sessions) {
    const day = byDay.get(s.localDate);
    if (day) day.push(s);
    else byDay.set(s.localDate, [s]);
  }
  const rows: DayRow[] = [];
  const placed = new Set<string>();
  for (const s of sessions) {
    if (placed.has(s.id)) continue;
    const day = byDay.get(s.localDate)!;
    const main = [...day].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).find((d) => d.checkIn !== null);
    // No check-in that day, or a second check-in the same day: the session keeps its own row.
    if (!main || (s !== main && s.checkIn !== null)) {
      rows.push({ main: s, alongside: [] });
      placed.add(s.id);
      continue;
    }
    const alongside = day
      .filter((d) => d !== main && d.checkIn === null && !placed.has(d.id))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    rows.push({ main, alongside });
    for (const d of [main, ...alongside]) placed.add(d.id);
  }
  return rows;
}

/** A row's routines in the order they were played: "Before the run", then "After the run". */
export function rowRoutines(row: DayRow): RoutineRun[] {
  return [...row.alongside, row.main]
    .filter((s) => s.routine !== null)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((s) => s.routine!);
}
