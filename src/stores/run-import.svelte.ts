/**
 * Importing runs from watch and phone files: main picks, reads and saves them; this keeps what it
 * answered, file by file, for the results panel on the history screen.
 */
import { api, onMainEvent, pathForFile } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import { runWasSaved } from '../lib/run-import/outcomes';
import type { RunFileOutcome } from '../lib/run-import/plan';
import { historyState, loadHistory } from './history.svelte';

export interface RunImportState {
  busy: boolean;
  /** The files of the last import, each imported or refused; null: none to show. */
  files: RunFileOutcome[] | null;
  /** The import as a whole was refused (nothing was saved). */
  error: string | null;
  /** How many of the chosen files main has read (0–100), when there are more than a few. */
  percent: number | null;
}

export const runImportState = $state<RunImportState>({ busy: false, files: null, error: null, percent: null });

/** Opens main's file dialog; true when there are results to show. */
export function importRuns(): Promise<boolean> {
  return runImport(() => api.importRuns());
}

/** The files dropped on the window, by their disk paths: main checks each and refuses the rest one by one. */
export function importDroppedRuns(files: readonly File[]): Promise<boolean> {
  return runImport(() => api.importDroppedRuns({ files: files.map((file) => ({ name: file.name, path: pathForFile(file) })) }));
}

async function runImport(call: () => Promise<{ files: RunFileOutcome[] } | null>): Promise<boolean> {
  if (runImportState.busy) return false;
  runImportState.busy = true;
  runImportState.error = null;
  historyState.notice = null;
  historyState.actionError = null;
  const stopListening = onMainEvent('import:progress', (progress) => (runImportState.percent = progress.percent));
  try {
    const result = await call();
    if (result === null) return false;
    runImportState.files = result.files;
    if (result.files.some(runWasSaved)) {
      historyState.lastDeleted = null;
      await loadHistory();
    }
    return true;
  } catch (error) {
    runImportState.files = null;
    runImportState.error = plainRefusal(error);
    return false;
  } finally {
    stopListening();
    runImportState.percent = null;
    runImportState.busy = false;
  }
}

export function closeRunImport(): void {
  runImportState.files = null;
  runImportState.error = null;
}
