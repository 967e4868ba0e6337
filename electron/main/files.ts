/** Reading and writing the files the runner picks (exports, imports). No Electron imports. */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../src/lib/history/exchange';
import { toStoreWriteError } from './store/checked-write';
import { ensureFreeSpace } from './store/free-space';

const CHUNK_BYTES = 1024 * 1024;

/** Why an import file cannot be read. */
export type ImportFileProblem = 'folder' | 'not-a-file' | 'too-big' | 'missing' | 'not-allowed' | 'unreadable';

/**
 * An import file that cannot be read, in the runner's words. This module's own error: the import
 * worker turns it into a refusal over IPC, so reading a file knows nothing of IPC.
 */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ImportFileError';
  }
}

const folderError = (name: string) =>
  new ImportFileError('folder', `${name} is a folder, not a file. Choose a Backstride history file (.json).`);

export async function writeChosenFile(filePath: string, content: string | Uint8Array): Promise<void> {
  ensureFreeSpace(path.dirname(filePath), typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength, 'this file');
  try {
    await fs.writeFile(filePath, content);
  } catch (error) {
    throw toStoreWriteError(error, filePath);
  }
}

/**
 * Reads an import file: only a regular file, and never more than `limit` bytes, whatever its
 * size claims to be (a device such as /dev/zero says 0; a file can grow while it is read).
 */
export async function readImportFile(filePath: string, limit = MAX_IMPORT_BYTES): Promise<{ path: string; text: string }> {
  const name = path.basename(filePath);
  let handle: fs.FileHandle;
  try {
    // Non-blocking, so that opening a named pipe does not wait for a writer that never comes.
    handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(error, name);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw folderError(name);
    if (!stat.isFile()) {
      throw new ImportFileError(
        'not-a-file',
        `${name} is not an ordinary file (it is a device, a pipe or a socket), so it cannot be imported.`,
      );
    }
    const tooBig = () =>
      new ImportFileError(
        'too-big',
        `${name} is larger than ${Math.round(limit / 1024 / 1024)} MB; a Backstride history file is never that big.`,
      );
    if (stat.size > limit) throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooBig();
    }
    return { path: filePath, text: new TextDecoder('utf-8').decode(Buffer.concat(chunks, total)) };
  } finally {
    await handle.close();
  }
}

function openFailure(error: unknown, name: string): ImportFileError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const options = { cause: error };
  if (code === 'EISDIR') return folderError(name);
  if (code === 'ENOENT') return new ImportFileError('missing', `${name} could not be found; it may have been moved or deleted.`, options);
  if (code === 'EACCES' || code === 'EPERM')
    return new ImportFileError('not-allowed', `${name} could not be opened: this account is not allowed to read it.`, options);
  return new ImportFileError('unreadable', `${name} could not be opened.`, options);
}
