/** The main process's handler table over a real store in a data directory — outside Electron. */
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { openStores, type Stores } from '../../electron/main/store/stores';
import type { IpcResult } from '../../src/lib/ipc/contract';
import { confBackend } from './conf-backend';

export interface TestMainProcess {
  stores: Stores;
  invoke(channel: unknown, arg?: unknown): Promise<IpcResult<unknown>>;
}

export function startMainProcess(dataDir: string): TestMainProcess {
  const stores = openStores(confBackend(dataDir));
  const table = createHandlers({ stores, appInfo: { version: '0.0.0-test', dataDir, shell: 'bridge' } });
  return { stores, invoke: (channel, arg) => dispatch(table, channel, arg) };
}
