import { usualRunLengthMin } from '../../../../src/lib/reminders/run-length';
import { settingsSchema } from '../../../../src/lib/settings/schema';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';

const DOOR_NAMES = { before: '“Before the run”', after: '“After the run”' } as const;

export function settingsHandlers({
  stores,
}: HandlerDeps): Pick<HandlerTable, 'settings:get' | 'settings:update' | 'settings:learned-run-length'> {
  return {
    'settings:get': () => stores.settings.read().settings,
    'settings:learned-run-length': ({ today }) => usualRunLengthMin(stores.history.read().sessions, today),
    'settings:update': (patch) => {
      const doc = stores.settings.read();
      const settings = settingsSchema.parse({ ...doc.settings, ...patch });
      // A door moved to a routine must find it in the library: a made-up id would leave the button dead.
      // Only the door that changes is checked, so a door left on a since-deleted routine never blocks the other.
      if (patch.doorRoutineIds) {
        const known = new Set(stores.routines.read().routines.map((r) => r.id));
        for (const door of ['before', 'after'] as const) {
          const id = settings.doorRoutineIds[door];
          if (id !== doc.settings.doorRoutineIds[door] && !known.has(id))
            throw new IpcError(
              'not-found',
              `The ${DOOR_NAMES[door]} button can only start a routine in your library; that one is not there.`,
            );
        }
      }
      stores.settings.write({ ...doc, settings });
      return settings;
    },
  };
}
