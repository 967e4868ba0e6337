/** Reading and writing the files the runner picks (exports, imports). No Electron imports. */
import fs from 'node:fs/promises';
import { MAX_IMPORT_BYTES } from '../../src/lib/history/exchange';
import { IpcError } from './ipc/errors';

export async function writeChosenFile(filePath: string, content: string | Uint8Array): Promise<void> {
  await fs.writeFile(filePath, content);
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
