/** Export and import of the whole history, from the History screen: main does the work, this keeps what the screen shows. */
import { plural } from '../lib/format/plural';
import { api, onMainEvent } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import { historyReplaced, historyState } from './history.svelte';

export async function exportHistory(format: 'csv' | 'json'): Promise<void> {
  historyState.actionError = null;
  historyState.notice = null;
  historyState.busy = true;
  try {
    const result = await api.exportHistory({ format });
    if (result) {
      historyState.notice = `Exported ${plural(result.sessionCount, 'session')} as ${format.toUpperCase()} to ${result.savedTo}`;
    }
  } catch (error) {
    historyState.actionError = plainRefusal(error);
  } finally {
    historyState.busy = false;
  }
}

/** Asks main to pick and check a file; nothing changes until confirmImport. */
export async function previewImport(): Promise<void> {
  historyState.actionError = null;
  historyState.notice = null;
  historyState.importPreview = null;
  historyState.busy = true;
  const stopListening = onMainEvent('import:progress', (progress) => (historyState.importProgress = progress));
  try {
    historyState.importPreview = await api.previewImport();
  } catch (error) {
    historyState.actionError = plainRefusal(error);
  } finally {
    stopListening();
    historyState.importProgress = null;
    historyState.busy = false;
  }
}

export async function confirmImport(): Promise<void> {
  const preview = historyState.importPreview;
  if (!preview) return;
  historyState.busy = true;
  try {
    const { added } = await api.confirmImport({ token: preview.token });
    historyState.importPreview = null;
    historyState.notice = added === 1 ? 'Imported 1 session.' : `Imported ${added} sessions.`;
    historyState.lastDeleted = null;
    await historyReplaced();
  } catch (error) {
    historyState.importPreview = null;
    historyState.actionError = plainRefusal(error);
  } finally {
    historyState.busy = false;
  }
}

export function cancelImport(): void {
  historyState.importPreview = null;
}
