/** The routine library: list, save (built-ins are copied, never changed), duplicate, delete with undo. */
import { deleteRoutine, duplicateRoutine, restoreBuiltIns, restoreRoutine, saveRoutine } from '../../../../src/lib/routines/library';
import { movementLookup } from '../../../../src/lib/routines/movement-lookup';
import type { Routine } from '../../../../src/lib/routines/types';
import { issuesSentence } from '../../../../src/lib/ipc/field-words';
import { MAX_ISSUES } from '../../../../src/lib/validation';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';

type RoutineChannels =
  'routines:list' | 'routines:save' | 'routines:duplicate' | 'routines:delete' | 'routines:undo-delete' | 'routines:restore-built-ins';

export function routineHandlers({ stores, now, newId }: HandlerDeps): Pick<HandlerTable, RoutineChannels> {
  const store = stores.routines;
  const write = (routines: Routine[]) => store.write({ ...store.read(), routines });
  // The last deleted routine and where it stood, for Undo. Kept here: the renderer never sends a whole routine back.
  let lastDeleted: { routine: Routine; index: number } | null = null;

  return {
    'routines:list': () => store.read().routines,

    'routines:save': (input) => {
      // Steps may use the runner's own movements: those that exist now, and no others.
      const movements = movementLookup(stores.movements.read().movements);
      const result = saveRoutine(store.read().routines, input, { now: now(), newId, movements });
      if (!result.ok) throw new IpcError('invalid-argument', issuesSentence(result.errors), result.errors.slice(0, MAX_ISSUES));
      write(result.list);
      return { routine: result.routine, outcome: result.outcome };
    },

    'routines:duplicate': ({ id }) => {
      const result = duplicateRoutine(store.read().routines, id, { now: now(), newId });
      // Not a field the runner can change: the message alone.
      if (!result.ok) throw new IpcError('not-found', result.errors.map((e) => e.message).join(' '));
      write(result.list);
      return result.routine;
    },

    'routines:delete': ({ id }) => {
      const result = deleteRoutine(store.read().routines, id);
      if (!result.ok) throw new IpcError(result.reason === 'not-found' ? 'not-found' : 'invalid-argument', result.message);
      write(result.list);
      lastDeleted = { routine: result.removed, index: result.index };
      return { removed: result.removed, index: result.index };
    },

    'routines:undo-delete': ({ id }) => {
      if (!lastDeleted || lastDeleted.routine.id !== id) throw new IpcError('not-found', 'There is nothing to undo for that routine.');
      const list = restoreRoutine(store.read().routines, lastDeleted.routine, lastDeleted.index);
      lastDeleted = null;
      write(list);
      return list;
    },

    'routines:restore-built-ins': () => {
      const list = restoreBuiltIns(store.read().routines);
      write(list);
      return list;
    },
  };
}
