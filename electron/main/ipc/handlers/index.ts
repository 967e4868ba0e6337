/** The handler table: what each channel does. Built from one module per domain; no Electron imports. */
import type { HandlerTable } from '../dispatch';
import { backupHandlers } from './backups';
import { exchangeHandlers } from './exchange';
import { guidanceHandlers } from './guidance';
import { movementHandlers } from './movements';
import { historyChartsHandlers } from './history-charts';
import { historyPageHandlers } from './history-page';
import { pendingHandlers } from './pending';
import { playerHandlers } from './player';
import { routineHandlers } from './routines';
import { runImportHandlers } from './run-import';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { sharingHandlers } from './sharing';
import type { HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    'app:info': () => deps.appInfo,
    'app:store-issues': () => deps.stores.issues,
    'app:notify': ({ title, body }) => {
      deps.platform.notify(title, body);
      return null;
    },
    ...settingsHandlers(deps),
    ...routineHandlers(deps),
    ...movementHandlers(deps),
    ...sharingHandlers(deps),
    ...sessionHandlers(deps),
    ...historyPageHandlers(deps),
    ...historyChartsHandlers(deps),
    ...runImportHandlers(deps),
    ...pendingHandlers(deps),
    ...playerHandlers(deps),
    ...exchangeHandlers(deps),
    ...guidanceHandlers(deps),
    ...backupHandlers(deps),
  };
}
