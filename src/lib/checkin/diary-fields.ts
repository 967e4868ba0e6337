/**
 * The check-in's treatments and pain-by-spot controls, as rules apart from the components: a tap
 * toggles a treatment, a spot's choice sets or clears its score, and the roving focus of the
 * treatment toolbar (one tab stop, arrows move). Pure: the components only render and forward.
 */
import { PAIN_SPOTS, type PainSpot, type SpotPain, type Treatment } from '../history/types';

/** The list with `t` added (at the end) or taken out. */
export function toggleTreatment(list: readonly Treatment[], t: Treatment): Treatment[] {
  return list.includes(t) ? list.filter((x) => x !== t) : [...list, t];
}

/** A spot's score as its control shows it: '' while unscored. */
export function spotChoice(spotPain: SpotPain, spot: PainSpot): string {
  const score = Object.hasOwn(spotPain, spot) ? spotPain[spot] : undefined;
  return score === undefined ? '' : String(score);
}

/** The scores with one spot set from its control ('' clears it: the spot is unscored again). */
export function withSpotChoice(spotPain: SpotPain, spot: PainSpot, choice: string): SpotPain {
  const next: SpotPain = {};
  for (const s of PAIN_SPOTS) if (s !== spot && Object.hasOwn(spotPain, s) && spotPain[s] !== undefined) next[s] = spotPain[s];
  const score = Number(choice);
  if (choice !== '' && Number.isInteger(score) && score >= 0 && score <= 10) next[spot] = score;
  return next;
}

/** How many spots have a score. */
export function scoredCount(spotPain: SpotPain): number {
  return PAIN_SPOTS.filter((s) => spotChoice(spotPain, s) !== '').length;
}

/** Where focus goes in a row of `count` buttons from `index` for a key; null for a key the row does not use. */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
