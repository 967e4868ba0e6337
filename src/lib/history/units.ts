/** Distance, pace and duration conversions and formatting. Distances are stored in km. */
import type { DistanceUnit } from '../settings/types';
import type { Session } from './types';
import { formatMinSec } from '../format/duration';

export const KM_PER_MILE = 1.609344;

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** A stored km distance in the runner's unit. */
export function kmToUnit(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? kmToMiles(km) : km;
}

/** A distance typed in the runner's unit, converted to km for storage. */
export function unitToKm(distance: number, unit: DistanceUnit): number {
  return unit === 'mi' ? milesToKm(distance) : distance;
}

/**
 * Seconds per km of a run, or null when the session is not a run check-in with both a
 * distance and a duration.
 */
export function paceSecPerKm(session: Session): number | null {
  const c = session.checkIn;
  if (!c || c.dayType !== 'run' || c.distanceKm === null || c.durationSec === null) return null;
  if (!(c.distanceKm > 0) || !(c.durationSec > 0)) return null;
  return c.durationSec / c.distanceKm;
}

/** Seconds per km converted to seconds per unit (per mile is slower: more seconds). */
export function paceInUnit(secPerKm: number, unit: DistanceUnit): number {
  return unit === 'mi' ? secPerKm * KM_PER_MILE : secPerKm;
}

/** Pace without the unit suffix, e.g. "5:30"; '' for null or a non-positive / non-finite pace. */
export function formatPaceValue(secPerKm: number | null, unit: DistanceUnit): string {
  if (secPerKm === null || !Number.isFinite(secPerKm) || secPerKm <= 0) return '';
  return formatMinSec(paceInUnit(secPerKm, unit));
}

/** "5:30 /km" or "8:51 /mi"; "–" when there is no pace. */
export function formatPace(secPerKm: number | null, unit: DistanceUnit): string {
  const value = formatPaceValue(secPerKm, unit);
  return value === '' ? '–' : `${value} /${unit}`;
}

/** "h:mm:ss", e.g. 3909 → "1:05:09", 45 → "0:00:45"; '' for null or negative / non-finite. */
export function formatDuration(totalSec: number | null): string {
  if (totalSec === null || !Number.isFinite(totalSec) || totalSec < 0) return '';
  const s = Math.round(totalSec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
