/**
 * Writing a store file so that it is either complete on disk or reported as failed, with the
 * previous file untouched: temp file → every byte written (looping on short writes) → fsync →
 * size checked → rename over the old file → folder fsynced.
 *
 * Why not conf's own write: it goes through `atomically` 2.1.1, which calls writeSync once and
 * ignores a short count, so a nearly full disk renamed a truncated file over a good history.
 */
import nodeFs from 'node:fs';
import path from 'node:path';

export type WriteFailureKind = 'disk-full' | 'read-only' | 'io-error';

/** A store write that did not reach the disk; the file on disk is as it was before. */
export class StoreWriteError extends Error {
  constructor(
    readonly kind: WriteFailureKind,
    readonly filePath: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}

/** The file-system calls the write path makes: the real `fs`, or a faulty one in tests. */
export type WriteFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export interface CheckedWriteOptions {
  fs?: WriteFs;
  mode?: number;
}

let tempCounter = 0;

/** The temp name sits beside the file (same folder, so the rename is atomic) and is unique per write. */
export function tempPathFor(filePath: string): string {
  tempCounter += 1;
  return `${filePath}.${process.pid}-${tempCounter}.tmp`;
}

/** Matches the temp files this module writes for one store file (left over only after a hard kill). */
export function isTempOf(filePath: string, candidate: string): boolean {
  const prefix = `${path.basename(filePath)}.`;
  const name = path.basename(candidate);
  return name.startsWith(prefix) && /^\d+-\d+\.tmp$/.test(name.slice(prefix.length));
}

export function writeFileChecked(filePath: string, data: string | Uint8Array, options: CheckedWriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(filePath);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', options.mode ?? 0o666);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const written = fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
      // A write that makes no progress would loop forever: a full disk that does not say ENOSPC.
      if (!(written > 0)) throw new StoreWriteError('disk-full', filePath, failureMessage('disk-full', filePath));
      offset += written;
    }
    fs.fsyncSync(fd);
    const onDisk = fs.fstatSync(fd).size;
    if (onDisk !== bytes.byteLength) {
      throw new StoreWriteError(
        'io-error',
        filePath,
        failureMessage('io-error', filePath, ` (${onDisk} of ${bytes.byteLength} bytes reached the disk)`),
      );
    }
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, filePath);
  } catch (error) {
    if (fd !== null) safely(() => fs.closeSync(fd!));
    safely(() => fs.rmSync(temp, { force: true }));
    throw toStoreWriteError(error, filePath);
  }
  syncFolder(fs, path.dirname(filePath), filePath);
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a folder: nothing to do there. */
function syncFolder(fs: WriteFs, dir: string, filePath: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw toStoreWriteError(error, filePath);
  } finally {
    safely(() => fs.closeSync(fd));
  }
}

const KIND_BY_CODE: Record<string, WriteFailureKind> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
};

/** Any error from writing a store file, as a StoreWriteError with plain words. */
export function toStoreWriteError(error: unknown, filePath: string): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'EISDIR' || code === 'ENOTDIR') {
    return new StoreWriteError(
      'io-error',
      filePath,
      `There is a folder where the file for ${plainName(filePath)} should be (${filePath}), so it could not be saved. Nothing was changed.`,
      { cause: error },
    );
  }
  const kind = KIND_BY_CODE[code] ?? 'io-error';
  const detail = code ? ` (${code})` : error instanceof Error ? ` (${error.message})` : '';
  return new StoreWriteError(kind, filePath, failureMessage(kind, filePath, detail), { cause: error });
}

/** What the runner calls each store file (per-year history files included); other files by name. */
const PLAIN_NAMES: [RegExp, string][] = [
  [/^history\b/, 'your history'],
  [/^settings\b/, 'your settings'],
  [/^routines\b/, 'your routines'],
  [/^player\b/, 'the routine in progress'],
  [/^pending\b/, 'the unsaved check-in'],
  [/^guidance\b/, 'your dismissed advice'],
  [/^window-state\b/, 'the window position'],
];

function plainName(filePath: string): string {
  const name = path.basename(filePath);
  return PLAIN_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? name;
}

function failureMessage(kind: WriteFailureKind, filePath: string, detail = ''): string {
  const name = plainName(filePath);
  switch (kind) {
    case 'disk-full':
      return `The disk is full: ${name} could not be saved${detail}. Nothing was changed; free some space and try again.`;
    case 'read-only':
      return `Backstride's data folder cannot be written to (it is read-only or not allowed): ${name} could not be saved${detail}. Nothing was changed.`;
    case 'io-error':
      return `The disk reported an error while saving ${name}${detail}. Nothing was changed; try again.`;
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // Cleaning up after a failed write: the original error is the one to report.
  }
}
