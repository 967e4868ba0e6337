/**
 * Importing runs from watch and phone files: main picks, reads and saves them; this keeps what it
 * answered, file by file, for the results panel on the history screen.
 */
import { api, onMainEvent, pathForFile } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import { runWasSaved } from '../lib/run-import/outcomes';
import type { RunImportResult } from '../lib/ipc/contract';
import type { RunFileOutcome } from '../lib/run-import/plan';
import { historyReplaced, historyState } from './history.svelte';

export interface RunImportState {
  busy: boolean;
  /** The files of the last import, each imported or refused; null: none to show. */
  files: RunFileOutcome[] | null;
  /** The import as a whole was refused (nothing was saved). */
  error: string | null;
  /** How many of the chosen files main has read (0–100), when there are more than a few. */
  percent: number | null;
  /** Names the import's questions ('ask' files) when main is waiting for the runner's answers. */
  askToken: string | null;
}

export const runImportState = $state<RunImportState>({ busy: false, files: null, error: null, percent: null, askToken: null });

/** Opens main's file dialog; true when there are results to show. */
export function importRuns(): Promise<boolean> {
  return runImport(() => api.importRuns());
}

/** The files dropped on the window, by their disk paths: main checks each and refuses the rest one by one. */
export function importDroppedRuns(files: readonly File[]): Promise<boolean> {
  return runImport(() => api.importDroppedRuns({ files: files.map((file) => ({ name: file.name, path: pathForFile(file) })) }));
}

async function runImport(call: () => Promise<RunImportResult | null>): Promise<boolean> {
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
    runImportState.askToken = result.askToken;
    if (result.files.some(runWasSaved)) {
      historyState.lastDeleted = null;
      await historyReplaced();
    }
    return true;
  } catch (error) {
    runImportState.files = null;
    runImportState.askToken = null;
    runImportState.error = plainRefusal(error);
    return false;
  } finally {
    stopListening();
    runImportState.percent = null;
    runImportState.busy = false;
  }
}

/**
 * The runner's answers, one per 'ask' file in order (a check-in's session id, or null: its own run).
 * Main saves them all or none; refused, the questions stay to be answered again.
 */
export async function answerRunImport(choices: (string | null)[]): Promise<boolean> {
  const { files, askToken } = runImportState;
  if (files === null || askToken === null || runImportState.busy) return false;
  runImportState.busy = true;
  runImportState.error = null;
  try {
    const answered = await api.answerRunImport({ token: askToken, choices });
    let next = 0;
    runImportState.files = files.map((f) => (f.status === 'ask' ? (answered.files[next++] ?? f) : f));
    runImportState.askToken = null;
    if (answered.files.some(runWasSaved)) {
      historyState.lastDeleted = null;
      await historyReplaced();
    }
    return true;
  } catch (error) {
    runImportState.error = plainRefusal(error);
    return false;
  } finally {
    runImportState.busy = false;
  }
}

export function closeRunImport(): void {
  runImportState.files = null;
  runImportState.error = null;
  runImportState.askToken = null;
}
