/**
 * Sharing routines: export to a .backstride-routine.json file, and import one — checked whole
 * (every picture through the same checker as an attached one) before the runner is asked, then
 * written all together or not at all.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { localDateOf } from '../../../../src/lib/history/dates';
import { PICTURE_EXTENSIONS } from '../../../../src/lib/routines/pictures';
import { buildShareFile, parseShareText, SHARE_LIMITS, shareFileName, type SharedPicture } from '../../../../src/lib/routines/share/format';
import { planShareImport, previewSentence, type SharePlan } from '../../../../src/lib/routines/share/plan';
import type { MovementPicture, OwnMovement } from '../../../../src/lib/routines/types';
import { ImportFileError, readImportFile } from '../../files';
import { checkPicture, type PictureCheck } from '../../pictures/check-picture';
import { dropPictureIfUnused, keepPicture, picturesDir } from '../../pictures/picture-files';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';

type SharingChannels = 'routines:export' | 'routines:import-preview' | 'routines:import-confirm';

const MB = 1024 * 1024;
const FILTERS = [{ name: 'Backstride routine', extensions: ['json'] }];

type CheckedPicture = Extract<PictureCheck, { ok: true }>;

interface Pending {
  plan: SharePlan;
  /** Each planned picture, checked, by the id its movement gets here. */
  pictures: Map<string, CheckedPicture>;
}

export function sharingHandlers({ stores, dataDir, platform, now, newId }: HandlerDeps): Pick<HandlerTable, SharingChannels> {
  // The one previewed import waiting for the runner's yes, by its one-time token.
  const pending = new Map<string, Pending>();
  const library = () => ({ routines: stores.routines.read().routines, movements: stores.movements.read().movements });

  return {
    'routines:export': async ({ ids }) => {
      const { routines: all, movements } = library();
      const routines = ids === 'all' ? all : ids.map((id) => all.find((r) => r.id === id));
      if (routines.some((r) => r === undefined)) throw new IpcError('not-found', 'That routine no longer exists.');
      const pictures = new Map<string, SharedPicture>();
      for (const movement of movements) {
        const picture = movement.picture && (await readPicture(dataDir, movement.picture));
        if (picture) pictures.set(movement.id, picture);
      }
      const at = now();
      const file = buildShareFile(routines as NonNullable<(typeof routines)[number]>[], movements, (m) => pictures.get(m.id) ?? null, at);
      const content = JSON.stringify(file, null, 2);
      if (Buffer.byteLength(content) > SHARE_LIMITS.maxFileBytes) {
        throw new IpcError(
          'invalid-argument',
          `These routines and their pictures come to more than ${SHARE_LIMITS.maxFileBytes / MB} MB. Export fewer at a time.`,
        );
      }
      const savedTo = await platform.saveFile({
        title: file.routines.length === 1 ? 'Export routine' : 'Export routines',
        defaultName: shareFileName(file.routines, localDateOf(at)),
        filters: FILTERS,
        content,
      });
      return savedTo === null ? null : { savedTo, routineCount: file.routines.length };
    },

    'routines:import-preview': async () => {
      const filePath = await platform.openFile({ title: 'Import a routine', filters: FILTERS });
      if (filePath === null) return null;
      const fileName = path.basename(filePath);
      const refuse = (why: string) => new IpcError('invalid-argument', `${fileName} cannot be imported. ${why}`);
      const text = await readShareFile(filePath, fileName);
      const parsed = parseShareText(text);
      if (!parsed.ok) throw refuse(parsed.message);
      const planned = planShareImport(parsed.file, library(), { now: now(), newId });
      if (!planned.ok) throw refuse(planned.message);
      const { plan } = planned;
      const pictures = new Map<string, CheckedPicture>();
      for (const { movementId, picture } of plan.pictures) {
        const name = plan.movements.find((m) => m.id === movementId)!.name;
        const checked = checkPicture(Buffer.from(picture.base64, 'base64'), `picture.${PICTURE_EXTENSIONS[picture.type]}`);
        if (!checked.ok) throw refuse(`The picture of “${name}”: ${checked.message}`);
        if (checked.type !== picture.type) throw refuse(`The picture of “${name}” is not the kind of picture the file says.`);
        pictures.set(movementId, checked);
      }
      const token = newId();
      pending.clear();
      pending.set(token, { plan, pictures });
      return {
        token,
        fileName,
        summary: previewSentence(plan.counts),
        routineNames: plan.routines.map((r) => r.name),
        movementNames: plan.movements.map((m) => m.name),
      };
    },

    'routines:import-confirm': async ({ token }) => {
      const waiting = pending.get(token);
      if (!waiting) throw new IpcError('not-found', 'That import is no longer waiting; choose the file again.');
      const before = library();
      // Anything made or changed since the preview would make the plan wrong: refuse rather than guess.
      const clash =
        waiting.plan.routines.some((r) => before.routines.some((o) => o.id === r.id)) ||
        waiting.plan.movements.some((m) => before.movements.some((o) => o.id === m.id || o.name === m.name)) ||
        before.movements.length + waiting.plan.movements.length > SHARE_LIMITS.maxMovements;
      if (clash) {
        pending.delete(token);
        throw new IpcError('invalid-argument', 'Your routines changed since this import was checked. Choose the file again.');
      }
      await writeImport(waiting, before);
      pending.delete(token);
      return { routines: waiting.plan.routines.length, movements: waiting.plan.movements.length };
    },
  };

  /** Pictures, then movements, then routines; a failure at any step takes back what was written. */
  async function writeImport({ plan, pictures }: Pending, before: ReturnType<typeof library>): Promise<void> {
    const kept: string[] = [];
    const movementsDoc = stores.movements.read();
    let movementsWritten = false;
    try {
      const movements: OwnMovement[] = [];
      for (const movement of plan.movements) {
        const checked = pictures.get(movement.id);
        if (!checked) {
          movements.push(movement);
          continue;
        }
        const file = await keepPicture(dataDir, newId(), checked.type, checked.bytes);
        kept.push(file);
        const picture: MovementPicture = {
          file,
          type: checked.type,
          bytes: checked.bytes.byteLength,
          width: checked.width,
          height: checked.height,
        };
        movements.push({ ...movement, picture });
      }
      if (movements.length > 0) {
        stores.movements.write({ ...movementsDoc, movements: [...before.movements, ...movements] });
        movementsWritten = true;
      }
      if (plan.routines.length > 0) stores.routines.write({ ...stores.routines.read(), routines: [...before.routines, ...plan.routines] });
    } catch (error) {
      if (movementsWritten) {
        try {
          stores.movements.write(movementsDoc);
        } catch (undo) {
          console.error('[sharing] the movements could not be put back after a failed import', undo);
        }
      }
      for (const file of kept) await dropPictureIfUnused(dataDir, file, before.movements);
      throw error;
    }
  }
}

/** A stored picture as base64; null if its file cannot be read (the movement then travels without it). */
async function readPicture(dataDir: string, picture: MovementPicture): Promise<SharedPicture | null> {
  try {
    const bytes = await fs.readFile(path.join(picturesDir(dataDir), picture.file));
    return { type: picture.type, base64: bytes.toString('base64') };
  } catch (error) {
    console.warn('[sharing] a picture could not be read for export', picture.file, error);
    return null;
  }
}

/** The file's text, never more than the format's limit read. */
async function readShareFile(filePath: string, fileName: string): Promise<string> {
  try {
    return (await readImportFile(filePath, SHARE_LIMITS.maxFileBytes)).text;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    if (error.problem === 'too-big') {
      throw new IpcError(
        'invalid-argument',
        `${fileName} is larger than ${SHARE_LIMITS.maxFileBytes / MB} MB; a shared routine is never that big.`,
      );
    }
    if (error.problem === 'folder') throw new IpcError('invalid-argument', `${fileName} is a folder. Choose a Backstride routine file.`);
    throw new IpcError('invalid-argument', error.message);
  }
}
