import { settingsSchema } from '../../../../src/lib/settings/schema';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './index';

export function settingsHandlers({ stores }: HandlerDeps): Pick<HandlerTable, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => stores.settings.read().settings,
    'settings:update': (patch) => {
      const doc = stores.settings.read();
      const settings = settingsSchema.parse({ ...doc.settings, ...patch });
      stores.settings.write({ ...doc, settings });
      return settings;
    },
  };
}
