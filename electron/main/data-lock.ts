/**
 * One app process per data folder. Electron's single-instance lock follows the user-data folder,
 * not BACKSTRIDE_DATA_DIR, and two processes writing the same stores lose each other's writes.
 * So the data folder itself holds a lock file naming its owner; a lock whose owner is gone is stale.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'backstride.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export type DataLock = { ok: true; release: () => void } | { ok: false; message: string };

/** A lock file that never got its content (a crash between create and write) counts as stale after this. */
const UNREADABLE_GRACE_MS = 10_000;

export function lockDataDir(dataDir: string, now: () => Date = () => new Date()): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  const mine: LockOwner = { pid: process.pid, host: os.hostname(), since: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return { ok: true, release: () => release(file, mine) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder nobody here can write into cannot lose writes: run (the launch notice says it is read-only).
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: true, release: () => {} };
      if (code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner === 'gone') continue;
    if (owner !== 'unreadable' && !isStale(owner)) return { ok: false, message: heldMessage(dataDir, file, owner) };
    if (owner === 'unreadable' && !oldFile(file)) return { ok: false, message: heldMessage(dataDir, file, null) };
    // Stale: its owner has ended. Remove it and try again.
    fs.rmSync(file, { force: true });
  }
  return { ok: false, message: heldMessage(dataDir, file, null) };
}

function readOwner(file: string): LockOwner | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && Number.isInteger(owner.pid) && owner.pid > 0 && typeof owner.host === 'string') {
      return { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') };
    }
  } catch {
    // fall through
  }
  return 'unreadable';
}

/** Only a lock from this computer can be checked; one from another computer (a shared folder) is held. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function oldFile(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > UNREADABLE_GRACE_MS;
  } catch {
    return true;
  }
}

function heldMessage(dataDir: string, file: string, owner: LockOwner | null): string {
  const who = owner
    ? owner.host === os.hostname()
      ? ` (process ${owner.pid}, started ${owner.since})`
      : ` on the computer “${owner.host}” (process ${owner.pid})`
    : '';
  return (
    `Backstride is already open with the data in ${dataDir}${who}. ` +
    'Two copies working on the same data would lose each other’s changes, so this one will close. ' +
    `Switch to the open Backstride window. If you are sure no Backstride is running, delete ${file} and start again.`
  );
}

function release(file: string, mine: LockOwner): void {
  const owner = readOwner(file);
  if (owner !== 'gone' && owner !== 'unreadable' && owner.pid === mine.pid && owner.since === mine.since) {
    fs.rmSync(file, { force: true });
  }
}
