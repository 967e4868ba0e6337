/**
 * A path the window says was dropped on it: the renderer is not trusted with the disk, so each is
 * checked here before the import worker may read it, and refused in plain words when it fails.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DroppedFile } from '../../../src/lib/ipc/contract';
import { MAX_RUN_FILE_BYTES, RUN_FILE_EXTENSIONS } from '../../../src/lib/run-import';
import type { ReadRunFile } from '../../../src/lib/run-import/plan';
import { cleanText } from '../../../src/lib/history/text';

/** The path to read, or the file refused with its reason. */
export type DroppedCheck = { ok: true; path: string } | { ok: false; read: ReadRunFile };

const MAX_NAME = 200;

export async function checkDroppedFile(file: DroppedFile): Promise<DroppedCheck> {
  // The name shown is the path's own where there is one; the renderer's only for a refusal without a path.
  const fileName = cleanText(file.path ? path.basename(file.path) : file.name).slice(0, MAX_NAME) || 'A dropped item';
  const refused = (reason: string): DroppedCheck => ({ ok: false, read: { fileName, outcome: { ok: false, reason } } });
  if (file.path === '') return refused('it is not a file saved on this computer');
  if (!path.isAbsolute(file.path) || path.normalize(file.path) !== file.path) return refused('its place on the disk is not a full path');
  const extension = path.extname(file.path).slice(1).toLowerCase();
  if (!(RUN_FILE_EXTENSIONS as readonly string[]).includes(extension)) {
    return refused('it is not a GPX, TCX or FIT run file');
  }
  try {
    const info = await fs.stat(file.path);
    if (!info.isFile()) return refused('it is not a file');
    if (info.size > MAX_RUN_FILE_BYTES) {
      return refused(
        `it is ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB a run file can be`,
      );
    }
  } catch {
    return refused('the file is no longer there');
  }
  return { ok: true, path: file.path };
}
