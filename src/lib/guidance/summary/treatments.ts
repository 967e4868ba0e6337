/**
 * What the runner did for the back, for the doctor's summary: on how many days each treatment was
 * noted, and the painkillers' names exactly as typed. Records only: never a word about a medicine.
 */
import { TREATMENT_LABELS } from '../../history/diary-labels';
import { TREATMENTS, type CheckIn, type Treatment } from '../../history/types';

/** At most this many painkiller names are printed; the rest are counted. */
export const SUMMARY_MAX_PAINKILLER_NAMES = 6;

export interface TreatmentsNoted {
  /** Treatments noted on at least one day, in the check-in's order, with their number of days. */
  days: { treatment: Treatment; days: number }[];
  /** The painkiller notes as written, each once (the first spelling of a name met, oldest first). */
  painkillerNames: string[];
}

/** From the window's check-ins, oldest first. */
export function treatmentsNoted(checkIns: readonly { localDate: string; checkIn: CheckIn }[]): TreatmentsNoted {
  const daysOf = new Map<Treatment, Set<string>>();
  const names = new Map<string, string>();
  for (const { localDate, checkIn } of checkIns) {
    for (const t of checkIn.treatments) daysOf.set(t, (daysOf.get(t) ?? new Set()).add(localDate));
    const name = checkIn.treatments.includes('painkiller') ? checkIn.painkillerNote.trim() : '';
    if (name && !names.has(name.toLocaleLowerCase())) names.set(name.toLocaleLowerCase(), name);
  }
  return {
    days: TREATMENTS.filter((t) => daysOf.has(t)).map((treatment) => ({ treatment, days: daysOf.get(treatment)!.size })),
    painkillerNames: [...names.values()],
  };
}

const dayWords = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Treatments noted: heat on 4 days, painkiller on 2 days (names as written: ibuprofen 400)." — null when none was noted. */
export function treatmentsLine(noted: TreatmentsNoted): string | null {
  if (noted.days.length === 0) return null;
  const parts = noted.days.map(({ treatment, days }) => {
    const base = `${TREATMENT_LABELS[treatment].toLowerCase()} on ${dayWords(days)}`;
    if (treatment !== 'painkiller' || noted.painkillerNames.length === 0) return base;
    const shown = noted.painkillerNames.slice(0, SUMMARY_MAX_PAINKILLER_NAMES);
    const more = noted.painkillerNames.length - shown.length;
    return `${base} (names as written: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''})`;
  });
  return `Treatments noted: ${parts.join(', ')}.`;
}
