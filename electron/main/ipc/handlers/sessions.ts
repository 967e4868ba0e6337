/** Session history: routines done and check-ins given. The rules are in src/lib/history/sessions.ts; this writes their results. */
import { deleteSession, recordRoutine, restoreSession, saveCheckIn } from '../../../../src/lib/history/sessions';
import type { CheckIn, Session } from '../../../../src/lib/history/types';
import { StoreWriteError } from '../../store/checked-write';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';
import { forgetPendingCheckIn, keepPendingCheckIn } from './pending';

type SessionChannels =
  'sessions:list' | 'sessions:get' | 'sessions:record-routine' | 'sessions:save-check-in' | 'sessions:delete' | 'sessions:restore';

export function sessionHandlers({ stores, now, newId }: HandlerDeps): Pick<HandlerTable, SessionChannels> {
  const history = stores.history;
  const write = (sessions: Session[]) => history.write({ ...history.read(), sessions });

  function save(sessionId: string | null, checkIn: CheckIn, localDate: string | undefined): Session {
    const result = saveCheckIn(history.read().sessions, { sessionId, checkIn, localDate }, { now: now(), newId });
    if (result.ok) {
      write(result.sessions);
      return result.session;
    }
    switch (result.reason) {
      case 'bad-day':
        throw new IpcError('invalid-argument', `Day ${result.problem}.`, [{ path: 'localDate', message: result.problem }]);
      case 'day-for-existing':
        throw new IpcError('invalid-argument', 'Day can only be chosen for a new check-in.', [
          { path: 'localDate', message: 'can only be chosen for a new check-in' },
        ]);
      case 'not-found':
        throw new IpcError('not-found', `There is no session ${sessionId} to check in to; it may have been deleted.`);
    }
  }

  return {
    'sessions:list': () => history.read().sessions,
    'sessions:get': ({ id }) => history.read().sessions.find((s) => s.id === id) ?? null,

    'sessions:record-routine': (routine) => {
      const sessions = recordRoutine(history.read().sessions, routine, { now: now(), newId });
      write(sessions);
      return sessions.at(-1)!;
    },

    'sessions:save-check-in': ({ sessionId, checkIn, localDate }) => {
      let saved: Session;
      try {
        saved = save(sessionId, checkIn, localDate);
      } catch (error) {
        if (error instanceof StoreWriteError)
          keepPendingCheckIn(stores, {
            sessionId,
            checkIn,
            ...(localDate === undefined ? {} : { localDate }),
            failedAt: now().toISOString(),
          });
        throw error;
      }
      forgetPendingCheckIn(stores);
      return saved;
    },

    'sessions:delete': ({ id }) => {
      const result = deleteSession(history.read().sessions, id);
      if (!result) throw new IpcError('not-found', `There is no session ${id}; it may already be deleted.`);
      write(result.sessions);
      return result.removed;
    },

    'sessions:restore': (session) => {
      const sessions = restoreSession(history.read().sessions, session);
      if (!sessions) throw new IpcError('invalid-argument', `Session ${session.id} is already in the history.`);
      write(sessions);
      return session;
    },
  };
}
