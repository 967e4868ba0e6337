import { describe, expect, it } from 'vitest';
import { painBandRange } from '../../../../src/lib/history/pain-band-range';
import { PAIN_BANDS, painBand } from '../../../../src/lib/history/stats';

describe('pain band ranges', () => {
  it('names the scores of each band as the filter shows them', () => {
    expect(PAIN_BANDS.map(painBandRange)).toEqual(['0', '1–3', '4–6', '7–10']);
  });

  it('names a range whose every score falls in that band, and no score of another', () => {
    for (const band of PAIN_BANDS) {
      const [low, high = low] = painBandRange(band).split('–').map(Number);
      for (let score = 0; score <= 10; score++) {
        expect(painBand(score) === band).toBe(score >= low! && score <= high!);
      }
    }
  });
});
