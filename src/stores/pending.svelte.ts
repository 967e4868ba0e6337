/** A check-in main could not save, kept by main (pending file) until it is saved or discarded. */
import { api } from '../lib/ipc/api';
import type { PendingCheckIn } from '../lib/ipc/contract';

export const pendingState = $state<{ checkIn: PendingCheckIn | null }>({ checkIn: null });

export async function loadPendingCheckIn(): Promise<void> {
  try {
    pendingState.checkIn = await api.getPendingCheckIn();
  } catch {
    // Nothing to offer: the runner loses nothing that is not already shown.
  }
}

/** The kept check-in for this check-in screen (same session, or both on their own). */
export function pendingCheckInFor(sessionId: string | null): PendingCheckIn | null {
  const pending = pendingState.checkIn;
  return pending && pending.sessionId === sessionId ? pending : null;
}

export async function discardPendingCheckIn(): Promise<void> {
  await api.discardPendingCheckIn();
  pendingState.checkIn = null;
}
