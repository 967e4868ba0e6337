/**
 * Automatic backups of the history: one copy a day in <data>/backups, the last 7 days kept.
 * A restore first keeps the current file aside, so nothing is ever lost by restoring.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../src/lib/ipc/contract';
import { ensureFreeSpace } from './free-space';
import { parseHistoryDoc } from './history-doc';

export const BACKUP_DAYS = 7;
const BACKUP_FILE = /^history-(\d{4}-\d{2}-\d{2})\.json$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Copies the history file as today's backup (once a day) and prunes to the newest 7 days. */
export function makeDailyBackup(dataDir: string, historyFile: string, today: string): void {
  if (!fs.existsSync(historyFile)) return;
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `history-${today}.json`);
  if (!fs.existsSync(target)) {
    ensureFreeSpace(dataDir, fs.statSync(historyFile).size, "today's history backup");
    // Copy to a temp name and rename, so a crash never leaves a half-written backup.
    const partial = `${target}.partial`;
    fs.copyFileSync(historyFile, partial);
    fs.renameSync(partial, target);
  }
  const dates = listBackupDates(dataDir);
  for (const old of dates.slice(BACKUP_DAYS)) fs.rmSync(path.join(dir, `history-${old}.json`), { force: true });
}

/** Backup dates, newest first. */
function listBackupDates(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => BACKUP_FILE.exec(name)?.[1])
    .filter((date): date is string => date !== undefined)
    .sort()
    .reverse();
}

/** Each backup with how many sessions it holds; a backup that cannot be read is listed as such. */
export function listBackups(dataDir: string): BackupInfo[] {
  return listBackupDates(dataDir).map((date) => {
    const doc = readBackup(dataDir, date);
    return { date, sessionCount: doc ? doc.sessions.length : null };
  });
}

export function readBackup(dataDir: string, date: string): ReturnType<typeof parseHistoryDoc> | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(backupDir(dataDir), `history-${date}.json`), 'utf8'));
    return parseHistoryDoc(raw);
  } catch {
    return null;
  }
}

/** Keeps the current history file beside the data before a restore replaces it. */
export function keepCurrentBeforeRestore(historyFile: string, at: Date): string | null {
  if (!fs.existsSync(historyFile)) return null;
  const target = path.join(path.dirname(historyFile), `history.before-restore-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.copyFileSync(historyFile, target);
  return target;
}
