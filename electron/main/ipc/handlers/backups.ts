/** Listing and restoring the automatic history backups. */
import { keepCurrentBeforeRestore, listBackups, readBackup } from '../../store/backups';
import { ensureFreeSpace, jsonBytes } from '../../store/free-space';
import type { HandlerTable } from '../dispatch';
import { IpcError } from '../errors';
import type { HandlerDeps } from './deps';

export function backupHandlers({
  stores,
  dataDir,
  now,
}: HandlerDeps): Pick<HandlerTable, 'history:list-backups' | 'history:restore-backup'> {
  return {
    'history:list-backups': () => listBackups(dataDir),
    'history:restore-backup': ({ id }) => {
      const backup = readBackup(dataDir, id);
      if (!backup) throw new IpcError('not-found', `There is no readable backup called ${id}.`);
      // Room for the copy kept aside and for the restored history, checked before either is written.
      const current = stores.history.read();
      ensureFreeSpace(dataDir, jsonBytes(current) + jsonBytes(backup), 'this restore');
      keepCurrentBeforeRestore(dataDir, current, now());
      stores.history.write(backup);
      return { sessionCount: backup.sessions.length };
    },
  };
}
