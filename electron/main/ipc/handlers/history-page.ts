/** The History list's page, worked out here so that the renderer never pulls the whole history to show its first rows. */
import { historyPage } from '../../../../src/lib/history/page';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

export function historyPageHandlers({ stores }: HandlerDeps): Pick<HandlerTable, 'history:page'> {
  return {
    'history:page': (request) => historyPage(stores.history.read().sessions, request),
  };
}
