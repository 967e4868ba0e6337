/** Opening the app's data at launch: every store (bad files moved aside), then today's history backup. */
import { localDateOf } from '../../src/lib/history/dates';
import { makeDailyBackup } from './store/backups';
import { openStores, type OpenBackend, type OpenedStores } from './store/stores';

export function openAppData(openBackend: OpenBackend, dataDir: string, now: () => Date): OpenedStores {
  const stores = openStores(openBackend, dataDir, now);
  // A history that was just moved aside must not become today's backup in place of a good one.
  if (!stores.issues.some((issue) => issue.store === 'history')) {
    try {
      makeDailyBackup(dataDir, stores.history.path, localDateOf(now()));
    } catch (error) {
      console.error('[backup] the daily history backup failed', error);
    }
  }
  return stores;
}
