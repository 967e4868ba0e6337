/** Reading and writing the files the runner picks (exports, imports). No Electron imports. */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../src/lib/history/exchange';
import { IpcError } from './ipc/errors';
import { toStoreWriteError } from './store/checked-write';
import { ensureFreeSpace } from './store/free-space';

const CHUNK_BYTES = 1024 * 1024;

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
    if (stat.isDirectory())
      throw new IpcError('invalid-argument', `${name} is a folder, not a file. Choose a Backstride history file (.json).`);
    if (!stat.isFile()) {
      throw new IpcError(
        'invalid-argument',
        `${name} is not an ordinary file (it is a device, a pipe or a socket), so it cannot be imported.`,
      );
    }
    const tooBig = () =>
      new IpcError(
        'invalid-argument',
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

function openFailure(error: unknown, name: string): IpcError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR')
    return new IpcError('invalid-argument', `${name} is a folder, not a file. Choose a Backstride history file (.json).`);
  if (code === 'ENOENT') return new IpcError('not-found', `${name} could not be found; it may have been moved or deleted.`);
  if (code === 'EACCES' || code === 'EPERM')
    return new IpcError('invalid-argument', `${name} could not be opened: this account is not allowed to read it.`);
  return new IpcError('not-found', `${name} could not be opened.`);
}
