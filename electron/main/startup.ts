/**
 * Opening the app's data at launch: every store (bad files moved aside), then today's history backup,
 * and again at the first history change of each new day for an app left open past midnight.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FOLDER_ISSUE } from '../../src/lib/data/store-issues';
import { localDateOf } from '../../src/lib/history/dates';
import { makeDailyBackup } from './store/backups';
import type { DocStore } from './store/doc-store';
import type { HistoryDoc } from './store/history-doc';
import { removeLeftoverTemps } from './store/leftovers';
import { openStores, type OpenBackend, type OpenedStores } from './store/stores';

export function openAppData(openBackend: OpenBackend, dataDir: string, now: () => Date): OpenedStores {
  removeLeftoverTemps(dataDir);
  const stores = openStores(openBackend, dataDir, now);
  if (!canWriteIn(dataDir)) {
    stores.issues.push({
      store: DATA_FOLDER_ISSUE,
      problem: `nothing can be saved in ${dataDir} (the folder is read-only)`,
      movedTo: null,
    });
    return stores;
  }
  const backup = (day: string) => {
    try {
      makeDailyBackup(dataDir, stores.history.read(), day, now());
    } catch (error) {
      console.error('[backup] the daily history backup failed', error);
    }
  };
  // A history that was just moved aside must not become today's backup in place of a good one.
  if (!stores.issues.some((issue) => issue.store === 'history')) backup(localDateOf(now()));
  return { ...stores, history: backedUpEachNewDay(stores.history, backup, now) };
}

/** The history store, taking the new day's backup (of the file as the day found it) before that day's first write. */
function backedUpEachNewDay(history: DocStore<HistoryDoc>, backup: (day: string) => void, now: () => Date): DocStore<HistoryDoc> {
  let day = localDateOf(now());
  return {
    read: () => history.read(),
    write(next) {
      const today = localDateOf(now());
      if (today !== day) {
        day = today;
        backup(today);
      }
      history.write(next);
    },
    reload: () => history.reload(),
    get path() {
      return history.path;
    },
  };
}

/** The StoreIssue.store of a data folder that cannot be written (the notice reads the same name). */
export { DATA_FOLDER_ISSUE };

/** Whether a file can be created in the folder (tried, not guessed from permission bits: root, ACLs, read-only mounts). */
export function canWriteIn(dataDir: string): boolean {
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return !(code === 'EACCES' || code === 'EPERM' || code === 'EROFS');
  }
}
