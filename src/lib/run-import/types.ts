/** What an imported run file gives, whatever its format (GPX, TCX or FIT). */

/** The files a runner may import, and the largest one main will read. */
export const RUN_FILE_EXTENSIONS = ['gpx', 'tcx', 'fit'] as const;
export const MAX_RUN_FILE_BYTES = 50 * 1024 * 1024;

export interface RunSummary {
  /** ISO instant of the first moment recorded. */
  startedAt: string;
  /** The runner's calendar day of that start (YYYY-MM-DD, in the time zone asked for). */
  localDate: string;
  distanceKm: number;
  /** Time in motion: the device's timer time where it gives one, else the track without its stops. */
  movingSec: number;
  /** From start to finish, stops included. */
  elapsedSec: number;
  /** Moving time per kilometre. */
  paceSecPerKm: number;
  /** Average heart rate in beats per minute, where the file has it. */
  avgHr?: number;
  /** Metres climbed, where the file has heights. */
  elevationGainM?: number;
}

/** A parsed run, or a refusal in plain words ("the file breaks off at line 812"). */
export type ParseOutcome = { ok: true; run: RunSummary } | { ok: false; reason: string };

/** One recorded point; the device's running distance in metres where it gives one. */
export interface TrackPoint {
  timeMs: number;
  lat: number | null;
  lon: number | null;
  eleM: number | null;
  hr: number | null;
  distanceM: number | null;
}

export function refuse(reason: string): ParseOutcome {
  return { ok: false, reason };
}
