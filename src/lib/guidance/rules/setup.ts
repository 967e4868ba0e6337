/** The back pain type the runner gave at setup. */
import type { BackPainType } from '../../settings/types';
import type { HistoryView } from '../history-view';
import { WELCOME_MAX_CHECKINS } from '../thresholds';
import type { Finding } from '../types';

/**
 * Structural → caution to ask a doctor before running; unknown → info to find out from a doctor;
 * mechanical → an encouraging welcome while there are fewer than 3 check-ins.
 */
export function backPainTypeRule(view: HistoryView, backPainType: BackPainType | null): Finding[] {
  switch (backPainType) {
    case 'structural':
      return [
        {
          id: 'back-pain-type:structural',
          rule: 'back-pain-type',
          level: 'caution',
          title: 'Ask a doctor before running',
          body: 'You said your back pain has a structural cause, such as a disc problem or scoliosis. Check with your doctor that running suits you before you start or step it up.',
          sessionIds: [],
          dismissible: true,
        },
      ];
    case 'unknown':
      return [
        {
          id: 'back-pain-type:unknown',
          rule: 'back-pain-type',
          level: 'info',
          title: 'Find out your type of back pain',
          body: "You're not sure what is behind your back pain. A doctor can tell you, which matters before you take up running or change your training a lot.",
          sessionIds: [],
          dismissible: true,
        },
      ];
    case 'mechanical':
      if (view.entries.length >= WELCOME_MAX_CHECKINS) return [];
      return [
        {
          id: 'back-pain-type:mechanical',
          rule: 'back-pain-type',
          level: 'info',
          title: 'Running can help your back',
          body: 'With mechanical back pain, steady running can build a stronger core and often eases the pain over time. Start gently, and the app will track how your back responds.',
          sessionIds: [],
          dismissible: true,
        },
      ];
    default:
      return [];
  }
}
