/** Red-flag symptoms ticked at a check-in: the emergency signs, and the others. */
import {
  EMERGENCY_ADVICE,
  EMERGENCY_HEADLINE,
  isEmergencyFlag,
  redFlagWords,
  SEE_DOCTOR_ADVICE,
  SEE_DOCTOR_HEADLINE,
} from '../../history/red-flags';
import type { Entry, HistoryView } from '../history-view';
import { ids, inLastDays } from '../history-view';
import { RED_FLAG_LOOKBACK_DAYS } from '../thresholds';
import type { Finding } from '../types';
import { last } from './words';

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * An emergency sign at any check-in saved after the runner last said they had been seen by a
 * doctor (`seenDoctorAt`, an ISO instant; null: never) → get urgent medical help now. It has no
 * time limit and cannot be hidden: only "I've been seen" ends it. A check-in saved again after
 * that (its updatedAt is later) raises it anew.
 */
export function emergencyRule(view: HistoryView, seenDoctorAt: string | null): Finding[] {
  const seenMs = seenDoctorAt === null ? null : instantMs(seenDoctorAt);
  const hits = view.entries.filter(
    (e) => e.checkIn.redFlags.some(isEmergencyFlag) && (seenMs === null || instantMs(e.session.updatedAt) > seenMs),
  );
  const latest = last(hits);
  if (!latest) return [];
  const flags = hits.flatMap((e) => e.checkIn.redFlags.filter(isEmergencyFlag));
  return [
    {
      id: `emergency:${latest.localDate}`,
      rule: 'emergency',
      level: 'emergency',
      title: EMERGENCY_HEADLINE,
      body: `You noted ${redFlagWords(flags)}. ${EMERGENCY_ADVICE}`,
      sessionIds: ids(hits),
      dismissible: false,
      endsWhenSeen: true,
    },
  ];
}

function otherFlags(e: Entry) {
  return e.checkIn.redFlags.filter((f) => !isEmergencyFlag(f));
}

/** Any other red flag ticked in the last 30 days → see a doctor soon (never dismissible). */
export function redFlagRule(view: HistoryView): Finding[] {
  const hits = view.entries.filter((e) => otherFlags(e).length > 0 && inLastDays(e.localDate, view.today, RED_FLAG_LOOKBACK_DAYS));
  const latest = last(hits);
  if (!latest) return [];
  return [
    {
      id: `red-flag:${latest.localDate}`,
      rule: 'red-flag',
      level: 'see-doctor',
      title: SEE_DOCTOR_HEADLINE,
      body: `Recently you noted ${redFlagWords(hits.flatMap(otherFlags))}. ${SEE_DOCTOR_ADVICE}`,
      sessionIds: ids(hits),
      dismissible: false,
    },
  ];
}
