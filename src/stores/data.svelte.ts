/** Launch-time store problems and the history backups, for the notice and the "Your data" section. */
import { plural } from '../lib/format/plural';
import { api } from '../lib/ipc/api';
import type { BackupInfo, StoreIssue } from '../lib/ipc/contract';
import { errorMessage } from '../lib/errors';
import { historyReplaced } from './history.svelte';

export const dataState = $state<{
  issues: StoreIssue[];
  backups: BackupInfo[];
  /** The backup the runner chose to restore, waiting for their yes. */
  confirming: BackupInfo | null;
  dataDir: string;
  message: string | null;
  error: string | null;
}>({
  issues: [],
  backups: [],
  confirming: null,
  dataDir: '',
  message: null,
  error: null,
});

export async function loadStoreIssues(): Promise<void> {
  dataState.issues = await api.getStoreIssues();
}

export async function loadBackups(): Promise<void> {
  const [backups, info] = await Promise.all([api.listBackups(), api.getAppInfo()]);
  dataState.backups = backups;
  dataState.dataDir = info.dataDir;
}

/** A restore replaces the whole history, so it is asked first: this only marks the choice. */
export function askRestore(backup: BackupInfo): void {
  dataState.confirming = backup;
  dataState.message = null;
  dataState.error = null;
}

export function cancelRestore(): void {
  dataState.confirming = null;
}

/** Restores the history from the backup being confirmed; the caller reloads whatever shows history. */
export async function confirmRestore(): Promise<boolean> {
  const backup = dataState.confirming;
  if (!backup) return false;
  dataState.confirming = null;
  try {
    const { sessionCount } = await api.restoreBackup({ id: backup.id });
    dataState.message = `History restored from the ${backup.kind === 'daily' ? 'backup' : 'copy'} of ${backup.date}: ${plural(sessionCount, 'session')}.`;
    dataState.error = null;
    dataState.issues = dataState.issues.filter((issue) => issue.store !== 'history');
    await historyReplaced();
    await loadBackups();
    return true;
  } catch (error) {
    dataState.error = errorMessage(error);
    return false;
  }
}

export function dismissIssues(): void {
  dataState.issues = [];
}
