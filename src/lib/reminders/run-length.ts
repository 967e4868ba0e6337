/** The runner's usual run length, learned from the run durations in their check-ins. */
import { daysBetween } from '../history/dates';
import type { Session } from '../history/types';

/** Used until the history has a run with its time. */
export const DEFAULT_RUN_LENGTH_MIN = 40;
/** How far back runs count: about 8 weeks, so the figure follows the runner's current habit. */
export const RUN_LENGTH_WINDOW_DAYS = 56;

/** Median run time in whole minutes over the last 8 weeks up to `today`; `fallback` without any. */
export function usualRunLengthMin(sessions: readonly Session[], today: string, fallback = DEFAULT_RUN_LENGTH_MIN): number {
  const secs: number[] = [];
  for (const s of sessions) {
    const c = s.checkIn;
    if (!c || c.dayType !== 'run' || c.durationSec === null || c.durationSec <= 0) continue;
    const ago = daysBetween(s.localDate, today);
    if (ago >= 0 && ago < RUN_LENGTH_WINDOW_DAYS) secs.push(c.durationSec);
  }
  if (secs.length === 0) return fallback;
  secs.sort((a, b) => a - b);
  const mid = Math.floor(secs.length / 2);
  const median = secs.length % 2 === 1 ? secs[mid]! : (secs[mid - 1]! + secs[mid]!) / 2;
  return Math.max(1, Math.round(median / 60));
}
