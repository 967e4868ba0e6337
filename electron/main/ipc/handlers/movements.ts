/** The runner's own movements: list, save, duplicate, delete (refused while routines use it), and their pictures. */
import path from 'node:path';
import { issuesSentence } from '../../../../src/lib/ipc/field-words';
import {
  deleteOwnMovement,
  duplicateOwnMovement,
  OWN_MOVEMENT_MESSAGES,
  saveOwnMovement,
} from '../../../../src/lib/routines/own-movements';
import type { OwnMovement } from '../../../../src/lib/routines/types';
import { MAX_ISSUES } from '../../../../src/lib/validation';
import { checkPicture } from '../../pictures/check-picture';
import { dropPictureIfUnused, keepPicture, readPickedPicture } from '../../pictures/picture-files';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';

type MovementChannels =
  | 'movements:list'
  | 'movements:save'
  | 'movements:duplicate'
  | 'movements:delete'
  | 'movements:attach-picture'
  | 'movements:remove-picture';

export function movementHandlers({ stores, dataDir, platform, now, newId }: HandlerDeps): Pick<HandlerTable, MovementChannels> {
  const store = stores.movements;
  const list = () => store.read().movements;
  const write = (movements: OwnMovement[]) => store.write({ ...store.read(), movements });
  const find = (id: string): OwnMovement => {
    const movement = list().find((m) => m.id === id);
    if (!movement) throw new IpcError('not-found', OWN_MOVEMENT_MESSAGES.missing);
    return movement;
  };
  /** Replaces one movement's picture, then removes the old file if nothing names it now. */
  const setPicture = async (movement: OwnMovement, picture: OwnMovement['picture']): Promise<OwnMovement> => {
    const { picture: old, ...rest } = movement;
    const updated: OwnMovement = { ...rest, ...(picture ? { picture } : {}), updatedAt: now().toISOString() };
    const next = list().map((m) => (m.id === movement.id ? updated : m));
    write(next);
    await dropPictureIfUnused(dataDir, old?.file, next);
    return updated;
  };

  return {
    'movements:list': () => list(),

    'movements:save': (input) => {
      const result = saveOwnMovement(list(), input, { now: now(), newId });
      if (!result.ok) throw new IpcError('invalid-argument', issuesSentence(result.errors), result.errors.slice(0, MAX_ISSUES));
      write(result.list);
      return result.movement;
    },

    'movements:duplicate': ({ id }) => {
      const result = duplicateOwnMovement(list(), id, { now: now(), newId });
      if (!result.ok) throw new IpcError('not-found', result.message);
      write(result.list);
      return result.movement;
    },

    'movements:delete': async ({ id }) => {
      const result = deleteOwnMovement(list(), stores.routines.read().routines, id);
      if (!result.ok) throw new IpcError(result.reason === 'not-found' ? 'not-found' : 'invalid-argument', result.message);
      write(result.list);
      await dropPictureIfUnused(dataDir, result.removed.picture?.file, result.list);
      return { removed: result.removed };
    },

    'movements:attach-picture': async ({ id }) => {
      find(id);
      const chosen = await platform.openFile({
        title: 'Choose a picture for the movement',
        filters: [{ name: 'Pictures (PNG, JPEG, WebP, SVG)', extensions: ['png', 'jpg', 'jpeg', 'webp', 'svg'] }],
      });
      if (chosen === null) return null;
      const picked = await readPickedPicture(chosen);
      if (!picked.ok) throw new IpcError('invalid-argument', picked.message);
      const checked = checkPicture(picked.bytes, path.basename(chosen));
      if (!checked.ok) throw new IpcError('invalid-argument', checked.message);
      const file = await keepPicture(dataDir, newId(), checked.type, checked.bytes);
      // The movement may have gone while the dialog was open.
      const movement = list().find((m) => m.id === id);
      if (!movement) {
        await dropPictureIfUnused(dataDir, file, list());
        throw new IpcError('not-found', OWN_MOVEMENT_MESSAGES.missing);
      }
      const picture = { file, type: checked.type, bytes: checked.bytes.byteLength, width: checked.width, height: checked.height };
      try {
        return await setPicture(movement, picture);
      } catch (error) {
        await dropPictureIfUnused(dataDir, file, list());
        throw error;
      }
    },

    'movements:remove-picture': ({ id }) => setPicture(find(id), undefined),
  };
}
