/**
 * The scores a pain band covers, as the filter and the player's scale name them ("1–3"). Read
 * from painBand itself, so that the words shown can never disagree with how scores are banded.
 */
import { painBand, type PainBand } from './stats';

/** The whole scores of the 0–10 scale. */
const SCORES = Array.from({ length: 11 }, (_, i) => i);

export function painBandRange(band: PainBand): string {
  const scores = SCORES.filter((score) => painBand(score) === band);
  const low = scores[0];
  const high = scores[scores.length - 1];
  if (low === undefined || high === undefined) return '';
  return low === high ? String(low) : `${low}–${high}`;
}
