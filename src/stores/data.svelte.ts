/** Launch-time store problems and the history backups, for the notice and the "Your data" section. */
import { api } from '../lib/ipc/api';
import type { BackupInfo, StoreIssue } from '../lib/ipc/contract';

export const dataState = $state<{ issues: StoreIssue[]; backups: BackupInfo[]; dataDir: string; message: string | null; error: string | null }>({
  issues: [],
  backups: [],
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

/** Restores the history from a backup; the caller reloads whatever shows history. */
export async function restoreBackup(date: string): Promise<boolean> {
  try {
    const { sessionCount } = await api.restoreBackup({ date });
    dataState.message = `History restored from the backup of ${date}: ${sessionCount} sessions.`;
    dataState.error = null;
    dataState.issues = dataState.issues.filter((issue) => issue.store !== 'history');
    return true;
  } catch (error) {
    dataState.error = error instanceof Error ? error.message : String(error);
    return false;
  }
}

export function dismissIssues(): void {
  dataState.issues = [];
}
