/** A check-in whose save failed is kept in a small file of its own, so that a restart does not lose it. */
import { errorMessage } from '../../../../src/lib/errors';
import type { PendingCheckIn } from '../../../../src/lib/ipc/contract';
import type { Stores } from '../../store/stores';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Keeps the check-in if there is room for this small file; a second failure changes nothing. */
export function keepPendingCheckIn(stores: Pick<Stores, 'pending'>, entry: PendingCheckIn): void {
  try {
    stores.pending.write({ ...stores.pending.read(), checkIn: entry });
  } catch (error) {
    console.error('[pending] the unsaved check-in could not be kept on disk either', errorMessage(error));
  }
}

/** Once a check-in is saved, the pending copy is no longer needed. */
export function forgetPendingCheckIn(stores: Pick<Stores, 'pending'>): void {
  if (stores.pending.read().checkIn === null) return;
  try {
    stores.pending.write({ ...stores.pending.read(), checkIn: null });
  } catch (error) {
    console.error('[pending] the kept check-in could not be cleared', errorMessage(error));
  }
}

export function pendingHandlers({
  stores,
}: HandlerDeps): Pick<HandlerTable, 'sessions:get-pending-check-in' | 'sessions:discard-pending-check-in'> {
  return {
    'sessions:get-pending-check-in': () => stores.pending.read().checkIn,
    'sessions:discard-pending-check-in': () => {
      if (stores.pending.read().checkIn !== null) stores.pending.write({ ...stores.pending.read(), checkIn: null });
      return null;
    },
  };
}
