/** The handler table: what each channel does, over the stores. No Electron imports. */
import type { AppInfo } from '../../../src/lib/ipc/contract';
import { settingsSchema } from '../../../src/lib/settings/schema';
import type { Stores } from '../store/stores';
import type { HandlerTable } from './dispatch';

export interface HandlerDeps {
  stores: Stores;
  appInfo: AppInfo;
}

export function createHandlers({ stores, appInfo }: HandlerDeps): HandlerTable {
  return {
    'app:info': () => appInfo,
    'settings:get': () => stores.settings.read().settings,
    'settings:update': (patch) => {
      const doc = stores.settings.read();
      const settings = settingsSchema.parse({ ...doc.settings, ...patch });
      stores.settings.write({ ...doc, settings });
      return settings;
    },
  };
}
