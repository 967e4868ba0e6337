/** Which guidance findings the runner has dismissed, and until when; when a doctor last saw them. */
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

type GuidanceChannels = 'guidance:get-dismissals' | 'guidance:dismiss' | 'guidance:get-seen-doctor' | 'guidance:seen-doctor';

export function guidanceHandlers({ stores, now }: HandlerDeps): Pick<HandlerTable, GuidanceChannels> {
  return {
    'guidance:get-dismissals': () => stores.guidance.read().dismissals,
    'guidance:dismiss': ({ findingId, until }) => {
      const doc = stores.guidance.read();
      const dismissals = { ...doc.dismissals, [findingId]: until };
      stores.guidance.write({ ...doc, dismissals });
      return dismissals;
    },
    'guidance:get-seen-doctor': () => stores.guidance.read().seenDoctorAt,
    'guidance:seen-doctor': () => {
      const seenDoctorAt = now().toISOString();
      stores.guidance.write({ ...stores.guidance.read(), seenDoctorAt });
      return seenDoctorAt;
    },
  };
}
