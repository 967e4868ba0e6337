/**
 * Opening the app's data at launch: every store (bad files moved aside), then today's history backup,
 * and again at the first history change of each new day for an app left open past midnight.
 */
import { localDateOf } from '../../src/lib/history/dates';
import { makeDailyBackup } from './store/backups';
import type { DocStore } from './store/doc-store';
import type { HistoryDoc } from './store/history-doc';
import { openStores, type OpenBackend, type OpenedStores } from './store/stores';

export function openAppData(openBackend: OpenBackend, dataDir: string, now: () => Date): OpenedStores {
  const stores = openStores(openBackend, dataDir, now);
  const backup = (day: string) => {
    try {
      makeDailyBackup(dataDir, stores.history.path, day);
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
