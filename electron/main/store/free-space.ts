/**
 * Free space checked before a large write (an import, a restore, a backup, an export), so that
 * one that cannot fit is refused clearly before anything is touched.
 */
import fs from 'node:fs';
import { StoreWriteError } from './checked-write';

/** Kept free beyond the write itself, for the other small stores (our own choice). */
export const SPACE_MARGIN_BYTES = 64 * 1024;

/** Bytes free to this process in the folder's file system; null where it cannot be told. */
export function freeBytes(dir: string): number | null {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/** Throws a disk-full StoreWriteError when `bytes` (plus the margin) would not fit in `dir`. */
export function ensureFreeSpace(dir: string, bytes: number, what: string): void {
  const free = freeBytes(dir);
  // Where free space cannot be told, the checked write still refuses a write that does not fit.
  if (free === null) return;
  const needed = bytes + SPACE_MARGIN_BYTES;
  if (free >= needed) return;
  throw new StoreWriteError(
    'disk-full',
    dir,
    `The disk is too full for ${what}: it needs about ${size(needed)} and ${size(free)} is free. Nothing was changed; free some space and try again.`,
  );
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The size of a document as its store writes it (compact JSON). */
export function jsonBytes(doc: unknown): number {
  return Buffer.byteLength(JSON.stringify(doc));
}
