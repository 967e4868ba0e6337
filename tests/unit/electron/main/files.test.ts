/** Import files that are not files: devices, pipes, folders and links to them are refused in plain words without reading past the limit. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportFileError, readImportFile } from '../../../../electron/main/files';
import { IpcError } from '../../../../electron/main/ipc/errors';
import { makeTempDir } from '../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

async function refusal(filePath: string, limit?: number): Promise<string> {
  try {
    await readImportFile(filePath, limit);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${filePath} was read`);
}

describe.skipIf(process.platform === 'win32')('reading an import file', () => {
  it('refuses /dev/zero, and a .json link to it, as not an ordinary file', async () => {
    expect(await refusal('/dev/zero')).toBe('zero is not an ordinary file (it is a device, a pipe or a socket), so it cannot be imported.');
    const link = path.join(temp.dir, 'history.json');
    fs.symlinkSync('/dev/zero', link);
    expect(await refusal(link)).toMatch(/^history\.json is not an ordinary file/);
  });

  it('refuses a named pipe at once, without waiting for a writer', async () => {
    const fifo = path.join(temp.dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await refusal(fifo)).toMatch(/^pipe\.json is not an ordinary file/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a folder in plain words (no raw EISDIR)', async () => {
    const folder = path.join(temp.dir, 'exports.json');
    fs.mkdirSync(folder);
    expect(await refusal(folder)).toBe('exports.json is a folder, not a file. Choose a Backstride history file (.json).');
  });

  it('stops at the limit even when the size on record says the file is empty', async () => {
    // Files under /proc report size 0 but have content: the read itself must enforce the cap.
    expect(fs.statSync('/proc/self/maps').size).toBe(0);
    expect(await refusal('/proc/self/maps', 64)).toMatch(/^maps is larger than 0 MB/);
    const small = path.join(temp.dir, 'small.json');
    fs.writeFileSync(small, '{"a":1}');
    expect(await readImportFile(small, 64)).toEqual({ path: small, text: '{"a":1}' });
  });

  it('refuses a regular file over the limit before reading it', async () => {
    const big = path.join(temp.dir, 'big.json');
    fs.writeFileSync(big, 'x'.repeat(100));
    expect(await refusal(big, 64)).toMatch(/^big\.json is larger than/);
  });

  it('says why in its own error, which knows nothing of IPC (the import worker turns it into a refusal)', async () => {
    const error: unknown = await readImportFile(path.join(temp.dir, 'gone.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).not.toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ problem: 'missing', message: 'gone.json could not be found; it may have been moved or deleted.' });
  });
});
