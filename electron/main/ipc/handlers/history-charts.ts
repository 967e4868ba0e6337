/** The Charts and Calendar tabs' rows, worked out here so that the renderer never pulls the whole history to draw them. */
import { historyCharts } from '../../../../src/lib/history/charts-answer';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

export function historyChartsHandlers({ stores }: HandlerDeps): Pick<HandlerTable, 'history:charts'> {
  return {
    'history:charts': (request) => historyCharts(stores.history.read().sessions, request),
  };
}
