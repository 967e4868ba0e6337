/** Reads one run file from disk (the import worker calls it): size checked first, then parsed. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseRunFile, MAX_RUN_FILE_BYTES } from '../../../src/lib/run-import';
import type { ReadRunFile } from '../../../src/lib/run-import/plan';

/** One file, refused in plain words when it cannot be read; the size is checked before any byte is read. */
export async function readRunFile(filePath: string, timeZone?: string): Promise<ReadRunFile> {
  const fileName = path.basename(filePath);
  const refused = (reason: string): ReadRunFile => ({ fileName, outcome: { ok: false, reason } });
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return refused('it is not a file');
    if (info.size > MAX_RUN_FILE_BYTES) {
      return refused(
        `it is ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB a run file can be`,
      );
    }
    const bytes = await fs.readFile(filePath);
    return { fileName, outcome: parseRunFile(fileName, bytes, timeZone) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused(
      code === 'ENOENT'
        ? 'the file is no longer there'
        : code === 'EACCES' || code === 'EPERM'
          ? 'the app may not read it'
          : 'it could not be read',
    );
  }
}
