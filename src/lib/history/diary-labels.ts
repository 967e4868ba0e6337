/** Plain words for the fuller diary's coded values (treatments, pain spots), shared by the screens, CSV, summary and field words. */
import { PAIN_SPOTS, TREATMENTS, type CheckIn, type PainSpot, type SpotPain, type Treatment } from './types';

export const TREATMENT_LABELS: Record<Treatment, string> = {
  heat: 'Heat',
  ice: 'Ice',
  wheel: 'The wheel',
  stretching: 'Stretching',
  painkiller: 'Painkiller',
  physio: 'Physiotherapy',
  rest: 'Rest',
  other: 'Other',
};

export const SPOT_LABELS: Record<PainSpot, string> = {
  'lower-back-left': 'Lower back, left',
  'lower-back-right': 'Lower back, right',
  'upper-back-left': 'Upper back, left',
  'upper-back-right': 'Upper back, right',
  'hip-left': 'Hip or buttock, left',
  'hip-right': 'Hip or buttock, right',
  'leg-left': 'Leg, left',
  'leg-right': 'Leg, right',
};

/** Treatments in the list's order, whatever order they were ticked in. */
export function orderedTreatments(list: readonly Treatment[]): Treatment[] {
  return TREATMENTS.filter((t) => list.includes(t));
}

/** The scored spots in the list's order, as [spot, score]. */
export function scoredSpots(spotPain: SpotPain): [PainSpot, number][] {
  return PAIN_SPOTS.flatMap((spot) => {
    const score = Object.hasOwn(spotPain, spot) ? spotPain[spot] : undefined;
    return score === undefined ? [] : [[spot, score] as [PainSpot, number]];
  });
}

/** A run's figures from its file, for the History row: "148 bpm, 85 m climb"; '' when it has neither. */
export function runExtrasText(c: Pick<CheckIn, 'avgHeartRate' | 'climbM'>): string {
  const parts = [c.avgHeartRate === null ? '' : `${c.avgHeartRate} bpm`, c.climbM === null ? '' : `${c.climbM} m climb`];
  return parts.filter(Boolean).join(', ');
}

/** "Heat, Painkiller (ibuprofen 400)": the painkiller note as written, nothing added; "none" for none. */
export function treatmentsText(c: Pick<CheckIn, 'treatments' | 'painkillerNote'>): string {
  if (c.treatments.length === 0) return 'none';
  return orderedTreatments(c.treatments)
    .map((t) => (t === 'painkiller' && c.painkillerNote ? `${TREATMENT_LABELS[t]} (${c.painkillerNote})` : TREATMENT_LABELS[t]))
    .join(', ');
}

/** "Lower back, left: 6; Leg, right: 0"; "none scored" when no spot has a score. */
export function spotsText(spotPain: SpotPain): string {
  const scored = scoredSpots(spotPain);
  return scored.length === 0 ? 'none scored' : scored.map(([spot, score]) => `${SPOT_LABELS[spot]}: ${score}`).join('; ');
}

/** The spots as the check-in lays them out: one row a region, its left and right side. */
export const SPOT_REGIONS: { region: string; left: PainSpot; right: PainSpot }[] = [
  { region: 'Lower back', left: 'lower-back-left', right: 'lower-back-right' },
  { region: 'Upper back', left: 'upper-back-left', right: 'upper-back-right' },
  { region: 'Hip or buttock', left: 'hip-left', right: 'hip-right' },
  { region: 'Leg', left: 'leg-left', right: 'leg-right' },
];
