/**
 * Automatic backups of the history: one copy a day in <data>/backups, the last 7 days kept.
 * A restore first keeps the current history aside (the newest 3 such copies are kept and listed, so a
 * restore can itself be undone). Each copy is the whole history in one file (format 3: format 1's shape with
 * format-3 check-ins; older copies still restore), however the
 * live history is stored: a backup is taken once a day, so its size does not slow a save.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../src/lib/ipc/contract';
import { ensureFreeSpace } from './free-space';
import { parseHistoryDoc, WHOLE_HISTORY_FORMAT, type HistoryDoc } from './history-doc';
import { deserializeStore } from './store-format';

export const BACKUP_DAYS = 7;
/** Copies kept from before restores (our own choice: enough to undo the last few). */
export const BEFORE_RESTORE_KEPT = 3;
const DAY_MS = 86_400_000;
const BACKUP_FILE = /^history-(\d{4}-\d{2}-\d{2})\.json$/;
const BEFORE_RESTORE_FILE = /^history\.before-restore-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;
/** The id of a backup as the renderer names it: its file name without ".json". */
export const BACKUP_ID = /^(history-\d{4}-\d{2}-\d{2}|history\.before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/**
 * Writes the history as today's backup (once a day; nothing while it is empty) and prunes to the newest 7 days.
 * A backup dated after today (the clock was once wrong) holds no slot, and goes once its file is
 * more than 7 days old by the clock now (so a clock that is wrong now cannot prune real backups).
 */
export function makeDailyBackup(dataDir: string, history: HistoryDoc, today: string, now: Date = new Date()): void {
  if (history.sessions.length === 0) return;
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `history-${today}.json`);
  if (!fs.existsSync(target)) writeWhole(target, history, "today's history backup");
  const dates = listBackupDates(dataDir);
  const future = dates.filter((date) => date > today);
  const past = dates.filter((date) => date <= today);
  for (const old of past.slice(BACKUP_DAYS)) fs.rmSync(path.join(dir, `history-${old}.json`), { force: true });
  for (const date of future) {
    const file = path.join(dir, `history-${date}.json`);
    if (now.getTime() - fs.statSync(file).mtimeMs > BACKUP_DAYS * DAY_MS) fs.rmSync(file, { force: true });
  }
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

/** Copies kept before restores, newest first, as [file name, instant taken]. */
function listBeforeRestore(dataDir: string): [string, string][] {
  if (!fs.existsSync(dataDir)) return [];
  return fs
    .readdirSync(dataDir)
    .map((name) => {
      const m = BEFORE_RESTORE_FILE.exec(name);
      return m ? ([name, `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`] as [string, string]) : null;
    })
    .filter((entry): entry is [string, string] => entry !== null)
    .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
}

/** Each backup (daily ones, then copies from before restores) with how many sessions it holds; null if unreadable. */
export function listBackups(dataDir: string): BackupInfo[] {
  const daily = listBackupDates(dataDir).map((date): BackupInfo => {
    const id = `history-${date}`;
    return { id, kind: 'daily', date, takenAt: null, sessionCount: readBackup(dataDir, id)?.sessions.length ?? null };
  });
  const before = listBeforeRestore(dataDir).map(([name, takenAt]): BackupInfo => {
    const id = name.slice(0, -'.json'.length);
    return {
      id,
      kind: 'before-restore',
      date: takenAt.slice(0, 10),
      takenAt,
      sessionCount: readBackup(dataDir, id)?.sessions.length ?? null,
    };
  });
  return [...daily, ...before];
}

function backupFile(dataDir: string, id: string): string | null {
  if (!BACKUP_ID.test(id)) return null;
  return id.startsWith('history.before-restore-') ? path.join(dataDir, `${id}.json`) : path.join(backupDir(dataDir), `${id}.json`);
}

export function readBackup(dataDir: string, id: string): ReturnType<typeof parseHistoryDoc> | null {
  const file = backupFile(dataDir, id);
  if (!file) return null;
  try {
    return parseHistoryDoc(deserializeStore(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Keeps the current history beside the data before a restore replaces it; keeps the newest 3 such copies. */
export function keepCurrentBeforeRestore(dataDir: string, current: HistoryDoc, at: Date): string | null {
  if (current.sessions.length === 0) return null;
  const target = path.join(dataDir, `history.before-restore-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  writeWhole(target, current, 'the copy of your history kept before the restore');
  for (const [name] of listBeforeRestore(dataDir).slice(BEFORE_RESTORE_KEPT)) fs.rmSync(path.join(dataDir, name), { force: true });
  return target;
}

/** The whole history in one file, via a temp name and a rename: a crash never leaves half a copy. */
function writeWhole(target: string, history: HistoryDoc, what: string): void {
  const text = JSON.stringify({ schemaVersion: WHOLE_HISTORY_FORMAT, sessions: history.sessions });
  ensureFreeSpace(path.dirname(target), Buffer.byteLength(text), what);
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, target);
}
