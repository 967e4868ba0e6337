/** When to say "halfway": in a long step, the moment its countdown crosses the middle. */
import type { TimerSnapshot } from './types';

/** A hold this long or longer gets a halfway cue (our own choice: shorter ones end soon enough). */
export const HALFWAY_MIN_MS = 40_000;

/** True when `now` is the first look past the middle of the same running step `before` showed short of it. */
export function crossedHalfway(before: TimerSnapshot | null, now: TimerSnapshot): boolean {
  if (!before || before.kind !== 'running' || now.kind !== 'running') return false;
  if (before.segmentIndex !== now.segmentIndex || now.segment.kind !== 'step') return false;
  if (now.segmentDurationMs < HALFWAY_MIN_MS) return false;
  const half = now.segmentDurationMs / 2;
  return before.remainingMs > half && now.remainingMs <= half;
}
