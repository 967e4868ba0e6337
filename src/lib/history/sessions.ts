/**
 * Building and changing the session list: what main does to the history for each session request.
 * Pure functions over `Session[]` (no Electron, no Node): nothing is mutated, and ids and time are
 * given by the caller, so each result can be checked exactly. Main writes what these return.
 */
import { checkInDayProblem, localNoonOf } from './check-in-day';
import { compareInstants, localDateOf } from './dates';
import type { CheckIn, RoutineRun, Session } from './types';

export interface SessionContext {
  /** The current time: `updatedAt` of what is written, and the start of a check-in made now. */
  now: Date;
  newId: () => string;
}

/** Why a check-in could not be saved; `problem` follows the Day field's name ("Day …"). */
export type CheckInRefusal = { reason: 'bad-day'; problem: string } | { reason: 'day-for-existing' } | { reason: 'not-found' };

export type CheckInResult = { ok: true; sessions: Session[]; session: Session } | ({ ok: false } & CheckInRefusal);

/**
 * `session` placed among `sessions` by start time, after any that started at the same instant.
 * The history is kept in start order so that an undo or a past day's entry sits among its neighbours.
 */
export function insertInStartOrder(sessions: readonly Session[], session: Session): Session[] {
  const at = sessions.findIndex((s) => compareInstants(s.startedAt, session.startedAt) > 0);
  return at < 0 ? [...sessions, session] : sessions.toSpliced(at, 0, session);
}

/** A played routine as a new session at the end of the history, on the local day it started. */
export function recordRoutine(sessions: readonly Session[], routine: RoutineRun, { now, newId }: SessionContext): Session[] {
  const session: Session = {
    id: newId(),
    startedAt: routine.startedAt,
    localDate: localDateOf(new Date(routine.startedAt)),
    routine,
    checkIn: null,
    updatedAt: now.toISOString(),
  };
  return [...sessions, session];
}

/**
 * A check-in saved: on the session `sessionId` (replacing its check-in), or, when that is null, as
 * a new session started now — or at local noon of `localDate`, a past day the runner missed.
 * A day is refused when it is after today or not a real date, and for an existing session (moving
 * it would take its routine or run along).
 */
export function saveCheckIn(
  sessions: readonly Session[],
  request: { sessionId: string | null; checkIn: CheckIn; localDate?: string | undefined },
  { now, newId }: SessionContext,
): CheckInResult {
  const { sessionId, checkIn, localDate } = request;
  if (sessionId === null) {
    const today = localDateOf(now);
    let start = now;
    if (localDate !== undefined && localDate !== today) {
      const problem = checkInDayProblem(localDate, today);
      if (problem !== null) return { ok: false, reason: 'bad-day', problem };
      start = localNoonOf(localDate);
    }
    const session: Session = {
      id: newId(),
      startedAt: start.toISOString(),
      localDate: localDateOf(start),
      routine: null,
      checkIn,
      updatedAt: now.toISOString(),
    };
    return { ok: true, sessions: insertInStartOrder(sessions, session), session };
  }
  if (localDate !== undefined) return { ok: false, reason: 'day-for-existing' };
  const index = sessions.findIndex((s) => s.id === sessionId);
  if (index < 0) return { ok: false, reason: 'not-found' };
  const session: Session = { ...sessions[index]!, checkIn, updatedAt: now.toISOString() };
  return { ok: true, sessions: sessions.with(index, session), session };
}

/** The history without session `id`, and the session taken out; null when there is no such session. */
export function deleteSession(sessions: readonly Session[], id: string): { sessions: Session[]; removed: Session } | null {
  const removed = sessions.find((s) => s.id === id);
  return removed ? { sessions: sessions.filter((s) => s.id !== id), removed } : null;
}

/** A deleted session put back in its place by start time; null when a session with its id is already there. */
export function restoreSession(sessions: readonly Session[], session: Session): Session[] | null {
  return sessions.some((s) => s.id === session.id) ? null : insertInStartOrder(sessions, session);
}
