/** Which guidance findings the runner has dismissed, and until when. */
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './index';

export function guidanceHandlers({ stores }: HandlerDeps): Pick<HandlerTable, 'guidance:get-dismissals' | 'guidance:dismiss'> {
  return {
    'guidance:get-dismissals': () => stores.guidance.read().dismissals,
    'guidance:dismiss': ({ findingId, until }) => {
      const doc = stores.guidance.read();
      const dismissals = { ...doc.dismissals, [findingId]: until };
      stores.guidance.write({ ...doc, dismissals });
      return dismissals;
    },
  };
}
