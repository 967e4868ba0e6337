/** Words for a caught error, for the screen or a log line. Plain module: main, preload and renderer use it. */

/**
 * The message of anything thrown: an Error's own message, otherwise the value as text. Never
 * throws itself — a value with no way to become text (an object without a prototype, or whose
 * toString throws) is named as such — so a catch block cannot fail while it reports.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'an error that cannot be shown as text';
  }
}
