/** Listing and restoring the automatic history backups. */
import { keepCurrentBeforeRestore, listBackups, readBackup } from '../../store/backups';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './index';

export function backupHandlers({ stores, dataDir, now }: HandlerDeps): Pick<HandlerTable, 'history:list-backups' | 'history:restore-backup'> {
  return {
    'history:list-backups': () => listBackups(dataDir),
    'history:restore-backup': ({ date }) => {
      const backup = readBackup(dataDir, date);
      if (!backup) throw new IpcError('not-found', `There is no readable backup from ${date}.`);
      keepCurrentBeforeRestore(stores.history.path, now());
      stores.history.write(backup);
      return { sessionCount: backup.sessions.length };
    },
  };
}
