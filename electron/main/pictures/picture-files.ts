/**
 * Movement picture files in <data folder>/pictures/: reading a picked file (size first), keeping a
 * checked one under a fresh name, and removing one no movement names any more. No Electron imports.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PICTURE_EXTENSIONS, PICTURE_FILE_PATTERN, PICTURE_LIMITS } from '../../../src/lib/routines/pictures';
import type { OwnMovement, PictureType } from '../../../src/lib/routines/types';
import { toStoreWriteError } from '../store/checked-write';
import { ensureFreeSpace } from '../store/free-space';
import { PICTURE_MESSAGES } from './check-picture';

export const PICTURES_FOLDER = 'pictures';

export const picturesDir = (dataDir: string): string => path.join(dataDir, PICTURES_FOLDER);

/** The bytes of a picked file, or a sentence why not: a file larger than 1 MB is never read whole. */
export async function readPickedPicture(filePath: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { ok: false, message: 'That is a folder, not a picture file.' };
    if (stat.size > PICTURE_LIMITS.maxBytes) return { ok: false, message: PICTURE_MESSAGES.tooLarge };
    const bytes = await fs.readFile(filePath);
    // Checked again on the bytes themselves: the file may have grown since the stat.
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch {
    return { ok: false, message: 'That file could not be read. Check that it is still there and try again.' };
  }
}

/** Writes checked bytes as pictures/<stem>.<ext> (temp file, then rename) and returns the file name. */
export async function keepPicture(dataDir: string, stem: string, type: PictureType, bytes: Uint8Array): Promise<string> {
  const file = `${stem.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64)}.${PICTURE_EXTENSIONS[type]}`;
  if (!PICTURE_FILE_PATTERN.test(file)) throw new Error('A picture file name could not be made.');
  const dir = picturesDir(dataDir);
  const target = path.join(dir, file);
  const temp = `${target}.tmp`;
  try {
    await fs.mkdir(dir, { recursive: true });
    ensureFreeSpace(dir, bytes.byteLength, 'the picture');
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw toStoreWriteError(error, target);
  }
  return file;
}

/** Removes pictures/<file> unless one of `movements` still names it (a duplicate shares its original's file). */
export async function dropPictureIfUnused(dataDir: string, file: string | undefined, movements: readonly OwnMovement[]): Promise<void> {
  if (!file || !PICTURE_FILE_PATTERN.test(file) || movements.some((m) => m.picture?.file === file)) return;
  await fs.rm(path.join(picturesDir(dataDir), file), { force: true }).catch((error: unknown) => {
    console.error('[pictures] an unused picture could not be removed', error);
  });
}
