/**
 * Sharing routines from the library: export one or all, and an import that is previewed and only
 * applied on the runner's yes. Main checks and writes everything; this keeps what the screen shows.
 */
import { plural } from '../lib/format/plural';
import { api } from '../lib/ipc/api';
import type { RoutineImportPreview } from '../lib/ipc/contract';
import { plainRefusal } from '../lib/ipc/plain-words';
import { loadMovements } from './movements.svelte';
import { loadRoutines } from './routines.svelte';

export const sharingState = $state<{
  preview: RoutineImportPreview | null;
  /** What the last export or import did, in words. */
  notice: string | null;
  error: string | null;
  busy: boolean;
}>({ preview: null, notice: null, error: null, busy: false });

async function act(run: () => Promise<void>): Promise<void> {
  sharingState.busy = true;
  sharingState.error = null;
  sharingState.notice = null;
  try {
    await run();
  } catch (error) {
    sharingState.error = plainRefusal(error);
  } finally {
    sharingState.busy = false;
  }
}

/** Export one routine (by id) or the whole library; the save dialog says where. */
export function exportRoutines(ids: string[] | 'all'): Promise<void> {
  return act(async () => {
    const saved = await api.exportRoutines({ ids });
    if (saved) sharingState.notice = `Exported ${plural(saved.routineCount, 'routine')} to ${saved.savedTo}.`;
  });
}

/** Pick a file; main checks it whole and says what importing it would add. */
export function previewRoutineImport(): Promise<void> {
  return act(async () => {
    sharingState.preview = null;
    sharingState.preview = await api.previewRoutineImport();
  });
}

export function confirmRoutineImport(): Promise<void> {
  const preview = sharingState.preview;
  if (!preview) return Promise.resolve();
  return act(async () => {
    const added = await api.confirmRoutineImport({ token: preview.token });
    sharingState.preview = null;
    const parts = [
      ...(added.routines > 0 ? [plural(added.routines, 'routine')] : []),
      ...(added.movements > 0 ? [plural(added.movements, 'movement')] : []),
    ];
    sharingState.notice = parts.length > 0 ? `Imported ${parts.join(' and ')} from ${preview.fileName}.` : 'Nothing was imported.';
    // Movements first: the routines' steps are named from them.
    await loadMovements();
    await loadRoutines();
  });
}

export function cancelRoutineImport(): void {
  sharingState.preview = null;
  sharingState.error = null;
}

/** Leaving the library: an unconfirmed import and one-off words go. */
export function leaveSharing(): void {
  Object.assign(sharingState, { preview: null, notice: null, error: null });
}
