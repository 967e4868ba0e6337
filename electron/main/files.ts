/** Reading and writing the files the runner picks (exports, imports). No Electron imports. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../src/lib/history/exchange';
import { IpcError } from './ipc/errors';
import { toStoreWriteError } from './store/checked-write';
import { ensureFreeSpace } from './store/free-space';

export async function writeChosenFile(filePath: string, content: string | Uint8Array): Promise<void> {
  ensureFreeSpace(path.dirname(filePath), typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength, 'this file');
  try {
    await fs.writeFile(filePath, content);
  } catch (error) {
    throw toStoreWriteError(error, filePath);
  }
}

/** Reads an import file, refusing anything too large to be a history before reading it. */
export async function readImportFile(filePath: string): Promise<{ path: string; text: string }> {
  let size: number;
  try {
    size = (await fs.stat(filePath)).size;
  } catch {
    throw new IpcError('not-found', `${filePath} could not be opened.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new IpcError('invalid-argument', `That file is ${Math.round(size / 1024 / 1024)} MB; a Backstride history file is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  return { path: filePath, text: await fs.readFile(filePath, 'utf8') };
}
