/** Session history: routines done and check-ins given. */
import { compareInstants, localDateOf } from '../../../../src/lib/history/dates';
import { checkInDayProblem, localNoonOf } from '../../../../src/lib/history/check-in-day';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { StoreWriteError } from '../../store/checked-write';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';
import { forgetPendingCheckIn, keepPendingCheckIn } from './pending';

type SessionChannels = 'sessions:list' | 'sessions:record-routine' | 'sessions:save-check-in' | 'sessions:delete' | 'sessions:restore';

export function sessionHandlers({ stores, now, newId }: HandlerDeps): Pick<HandlerTable, SessionChannels> {
  const history = stores.history;
  const write = (sessions: Session[]) => history.write({ ...history.read(), sessions });

  /** When a new check-in starts: now for today, local noon of a past day (so the day rows and sorting place it). */
  function startOf(localDate: string | undefined, at: Date): Date {
    const today = localDateOf(at);
    if (localDate === undefined || localDate === today) return at;
    const problem = checkInDayProblem(localDate, today);
    if (problem !== null) throw new IpcError('invalid-argument', `Day ${problem}.`, [{ path: 'localDate', message: problem }]);
    return localNoonOf(localDate);
  }

  function saveCheckIn(sessionId: string | null, checkIn: CheckIn, localDate: string | undefined): Session {
    const sessions = history.read().sessions;
    const at = now();
    if (sessionId === null) {
      const start = startOf(localDate, at);
      const session: Session = {
        id: newId(),
        startedAt: start.toISOString(),
        localDate: localDateOf(start),
        routine: null,
        checkIn,
        updatedAt: at.toISOString(),
      };
      // Kept in start order, as a restore does, so that a past day's entry sits among its neighbours.
      const place = sessions.findIndex((s) => compareInstants(s.startedAt, session.startedAt) > 0);
      write(place < 0 ? [...sessions, session] : sessions.toSpliced(place, 0, session));
      return session;
    }
    // A session already has its day: moving it would take its routine or run along.
    if (localDate !== undefined)
      throw new IpcError('invalid-argument', 'Day can only be chosen for a new check-in.', [
        { path: 'localDate', message: 'can only be chosen for a new check-in' },
      ]);
    const index = sessions.findIndex((s) => s.id === sessionId);
    if (index < 0) throw new IpcError('not-found', `There is no session ${sessionId} to check in to; it may have been deleted.`);
    const updated: Session = { ...sessions[index]!, checkIn, updatedAt: at.toISOString() };
    write(sessions.with(index, updated));
    return updated;
  }

  return {
    'sessions:list': () => history.read().sessions,

    'sessions:record-routine': (routine) => {
      const at = now().toISOString();
      const session: Session = {
        id: newId(),
        startedAt: routine.startedAt,
        localDate: localDateOf(new Date(routine.startedAt)),
        routine,
        checkIn: null,
        updatedAt: at,
      };
      write([...history.read().sessions, session]);
      return session;
    },

    'sessions:save-check-in': ({ sessionId, checkIn, localDate }) => {
      let saved: Session;
      try {
        saved = saveCheckIn(sessionId, checkIn, localDate);
      } catch (error) {
        if (error instanceof StoreWriteError) keepPendingCheckIn(stores, { sessionId, checkIn, failedAt: now().toISOString() });
        throw error;
      }
      forgetPendingCheckIn(stores);
      return saved;
    },

    'sessions:delete': ({ id }) => {
      const sessions = history.read().sessions;
      const removed = sessions.find((s) => s.id === id);
      if (!removed) throw new IpcError('not-found', `There is no session ${id}; it may already be deleted.`);
      write(sessions.filter((s) => s.id !== id));
      return removed;
    },

    'sessions:restore': (session) => {
      const sessions = history.read().sessions;
      if (sessions.some((s) => s.id === session.id))
        throw new IpcError('invalid-argument', `Session ${session.id} is already in the history.`);
      // Keep the file in start order so that an undo puts the session back where it was.
      const at = sessions.findIndex((s) => compareInstants(s.startedAt, session.startedAt) > 0);
      write(at < 0 ? [...sessions, session] : sessions.toSpliced(at, 0, session));
      return session;
    },
  };
}
