/** Plain words for the fuller diary's coded values (treatments, pain spots), shared by the screens, CSV, summary and field words. */
import { PAIN_SPOTS, TREATMENTS, type PainSpot, type SpotPain, type Treatment } from './types';

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
