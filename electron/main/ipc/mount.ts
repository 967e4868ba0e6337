/** Mounts the handler table on ipcMain, checking every call's sender first. */
import { ipcMain } from 'electron';
import type { IpcResult } from '../../../src/lib/ipc/contract';
import { isTrustedSender } from '../security/sender';
import { CHANNELS, dispatch, type HandlerTable } from './dispatch';

export function mountHandlers(table: HandlerTable, appPageUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown): Promise<IpcResult<unknown>> | IpcResult<unknown> => {
      if (!isTrustedSender(event.senderFrame?.url, appPageUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Calls are only accepted from the Backstride window.', issues: [] } };
      }
      return dispatch(table, channel, arg);
    });
  }
}
