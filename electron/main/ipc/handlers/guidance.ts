/**
 * The advice read from the history, worked out here so that Home never needs the whole history;
 * which findings the runner has dismissed, and until when; when a doctor last saw them.
 */
import { evaluateGuidance, planningHelp } from '../../../../src/lib/guidance';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';
import { lastPainBefore } from './player';

type GuidanceChannels =
  'guidance:today' | 'guidance:get-dismissals' | 'guidance:dismiss' | 'guidance:get-seen-doctor' | 'guidance:seen-doctor';

export function guidanceHandlers({ stores, now }: HandlerDeps): Pick<HandlerTable, GuidanceChannels> {
  return {
    'guidance:today': ({ today }) => {
      const { sessions } = stores.history.read();
      const { backPainType, weekStartDay } = stores.settings.read().settings;
      const { seenDoctorAt } = stores.guidance.read();
      const painBefore = lastPainBefore(stores.player.read());
      return {
        findings: evaluateGuidance(sessions, { today, backPainType, weekStartDay, seenDoctorAt, painBefore }),
        plan: planningHelp(sessions, today, weekStartDay, painBefore),
      };
    },
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
