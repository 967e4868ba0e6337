/**
 * Summary figures from a recorded track: great-circle distance, moving time without the stops,
 * climb and heart rate. Used when a file carries no summary of its own (GPX always; TCX and FIT
 * without laps or a session), and for the start and elapsed time of every format.
 */
import { localDateOf } from '../history/dates';
import { MAX_DISTANCE_KM, MAX_DURATION_SEC } from '../history/schema';
import { refuse, type ParseOutcome, type RunSummary, type TrackPoint } from './types';

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
/** Slower than this between two points counts as standing still (a slow walk is about 1 m/s). */
export const STOPPED_BELOW_M_PER_S = 0.5;
/** A rise smaller than this is GPS height noise, not climbing. */
const CLIMB_NOISE_M = 3;

/** Great-circle distance in metres (haversine formula). */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function stepM(a: TrackPoint, b: TrackPoint): number | null {
  if (a.distanceM !== null && b.distanceM !== null) return Math.max(0, b.distanceM - a.distanceM);
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineM(a.lat, a.lon, b.lat, b.lon);
}

export interface TrackFigures {
  distanceM: number;
  movingSec: number;
  elevationGainM: number | null;
  avgHr: number | null;
}

/** Figures along segments (a gap between segments is neither distance nor moving time). */
export function trackFigures(segments: TrackPoint[][]): TrackFigures {
  let distanceM = 0;
  let movingSec = 0;
  let climb = 0;
  let hasEle = false;
  let hrSum = 0;
  let hrCount = 0;
  for (const points of segments) {
    let low: number | null = null;
    let high: number | null = null;
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (p.hr !== null) {
        hrSum += p.hr;
        hrCount++;
      }
      if (p.eleM !== null) {
        hasEle = true;
        // Climb counts once a rise from the last low clears the noise; a fall of the same size resets the low.
        if (low === null || high === null) low = high = p.eleM;
        else if (p.eleM > high) high = p.eleM;
        else if (p.eleM < high - CLIMB_NOISE_M) {
          if (high - low >= CLIMB_NOISE_M) climb += high - low;
          low = high = p.eleM;
        } else if (p.eleM < low) low = high = p.eleM;
      }
      if (i === 0) continue;
      const prev = points[i - 1]!;
      const metres = stepM(prev, p);
      const seconds = (p.timeMs - prev.timeMs) / 1000;
      if (metres === null || seconds <= 0) continue;
      distanceM += metres;
      if (metres / seconds >= STOPPED_BELOW_M_PER_S) movingSec += seconds;
    }
    if (low !== null && high !== null && high - low >= CLIMB_NOISE_M) climb += high - low;
  }
  return {
    distanceM,
    movingSec,
    elevationGainM: hasEle ? Math.round(climb) : null,
    avgHr: hrCount > 0 ? Math.round(hrSum / hrCount) : null,
  };
}

export interface DeviceSummary {
  distanceM?: number | null;
  movingSec?: number | null;
  elapsedSec?: number | null;
  avgHr?: number | null;
  elevationGainM?: number | null;
  startMs?: number | null;
}

/**
 * The run from its points, preferring each figure the device wrote itself. Refuses a file with no
 * timed points, or one that is not plausibly a run (no distance, or longer than the diary keeps).
 */
export function summarise(segments: TrackPoint[][], device: DeviceSummary, timeZone?: string): ParseOutcome {
  const timed = segments.map((s) => s.filter((p) => Number.isFinite(p.timeMs))).filter((s) => s.length > 0);
  const all = timed.flat();
  const startMs = device.startMs ?? all[0]?.timeMs ?? null;
  if (startMs === null) return refuse('it has no recorded track (no points with times), so there is no run in it');
  const track = trackFigures(timed);
  const lastMs = all.at(-1)?.timeMs ?? startMs;
  const elapsedSec = Math.round(device.elapsedSec ?? (lastMs - startMs) / 1000);
  const distanceM = device.distanceM ?? track.distanceM;
  const movingSec = Math.round(device.movingSec ?? track.movingSec);
  if (!(distanceM > 0) || !(movingSec > 0)) return refuse('its track has no distance or no time in motion, so there is no run in it');
  const distanceKm = distanceM / 1000;
  if (distanceKm > MAX_DISTANCE_KM)
    return refuse(`its distance (${Math.round(distanceKm)} km) is more than the diary keeps for one run (${MAX_DISTANCE_KM} km)`);
  if (elapsedSec > MAX_DURATION_SEC) return refuse('it lasts more than 48 hours, longer than the diary keeps for one run');
  const start = new Date(startMs);
  const run: RunSummary = {
    startedAt: start.toISOString(),
    localDate: localDateOf(start, timeZone),
    distanceKm,
    movingSec,
    elapsedSec: Math.max(elapsedSec, movingSec),
    paceSecPerKm: movingSec / distanceKm,
  };
  const avgHr = device.avgHr ?? track.avgHr;
  if (avgHr !== null && avgHr > 0) run.avgHr = Math.round(avgHr);
  const gain = device.elevationGainM ?? track.elevationGainM;
  if (gain !== null) run.elevationGainM = Math.round(gain);
  return { ok: true, run };
}
