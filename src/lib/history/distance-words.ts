/** Main's distance rule in the runner's unit: main checks km, but a runner who uses miles is told miles. */
import type { DistanceUnit } from '../settings/types';
import { MAX_DISTANCE_KM } from './limits';
import { kmToMiles } from './units';

/** The most a runner may type in their unit: rounded down, so the number said is one main accepts. */
export function maxDistanceIn(unit: DistanceUnit): number {
  return unit === 'mi' ? Math.floor(kmToMiles(MAX_DISTANCE_KM) * 10) / 10 : MAX_DISTANCE_KM;
}

/** The distance range as a fragment after the field's name; for km, main's own words. */
export function distanceRangeWords(unit: DistanceUnit): string {
  return `must be a distance in ${unit === 'mi' ? 'miles' : 'km'} greater than 0 and at most ${maxDistanceIn(unit)}`;
}
