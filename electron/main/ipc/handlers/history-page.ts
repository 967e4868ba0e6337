/** The History list's page, worked out here so that the renderer never pulls the whole history to show its first rows. */
import { historyPage } from '../../../../src/lib/history/page';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Long enough after launch for Home to have painted; well before a runner reaches History. */
const WARM_AFTER_MS = 1000;

export function historyPageHandlers({ stores }: HandlerDeps): Pick<HandlerTable, 'history:page'> {
  // The first page sorts and groups the whole history once (tens of ms at 10,000 sessions): done while Home sits idle.
  const warm = setTimeout(() => {
    try {
      historyPage(stores.history.read().sessions, { filter: {}, weekStartDay: stores.settings.read().settings.weekStartDay, weeks: 1 });
    } catch {
      // A history that cannot be read is reported when History asks for it.
    }
  }, WARM_AFTER_MS);
  warm.unref?.();
  return {
    'history:page': (request) => historyPage(stores.history.read().sessions, request),
  };
}
