import { describe, expect, it } from 'vitest';
import { distanceRangeWords, maxDistanceIn } from '../../../../src/lib/history/distance-words';
import { checkInSchema, MAX_DISTANCE_KM } from '../../../../src/lib/history/schema';
import { milesToKm } from '../../../../src/lib/history/units';
import { checkIn } from '../../../support/history';

describe('distanceRangeWords', () => {
  it('is main’s own refusal for a runner in km', () => {
    const refused = checkInSchema.safeParse(checkIn({ distanceKm: 600 }));
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe(distanceRangeWords('km'));
  });

  it('says miles, and the most in miles, for a runner in miles', () => {
    expect(distanceRangeWords('mi')).toBe('must be a distance in miles greater than 0 and at most 310.6');
    expect(distanceRangeWords('mi')).not.toMatch(/km|500/);
  });
});

describe('maxDistanceIn', () => {
  it('gives a most that main accepts once converted back to km', () => {
    expect(maxDistanceIn('km')).toBe(MAX_DISTANCE_KM);
    expect(milesToKm(maxDistanceIn('mi'))).toBeLessThanOrEqual(MAX_DISTANCE_KM);
    expect(milesToKm(maxDistanceIn('mi') + 0.1)).toBeGreaterThan(MAX_DISTANCE_KM);
  });
});
