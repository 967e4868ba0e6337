/**
 * A save that main refused because the disk would not take it (full, read-only, I/O error):
 * told to the runner where it happened, in the same words everywhere, with their entry kept.
 */
import { IpcCallError } from './api';
import type { SaveFailureCode } from './contract';

const CODES: readonly SaveFailureCode[] = ['disk-full', 'read-only', 'io-error'];

/** The failure's code when the error is a refused save; null for any other error. */
export function saveFailureOf(error: unknown): SaveFailureCode | null {
  return error instanceof IpcCallError && (CODES as readonly string[]).includes(error.code) ? (error.code as SaveFailureCode) : null;
}

/** What went wrong and what to do, after "Not saved:". */
export function notSavedText(code: SaveFailureCode): string {
  switch (code) {
    case 'disk-full':
      return 'the disk is full. Your entry is kept; free some space and press Retry.';
    case 'read-only':
      return 'Backstride’s data folder cannot be written to. Your entry is kept; make the folder writable and press Retry.';
    case 'io-error':
      return 'the disk reported an error while saving. Your entry is kept; press Retry.';
  }
}
