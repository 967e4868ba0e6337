/** Validation of a timer checkpoint read back from disk after a crash (it may be stale or damaged). */
import { z } from 'zod';
import type { TimerCheckpoint } from './types';

// Bounded so a checkpoint can never grow the player file without limit (60 steps × 2 sides plus gaps is far below).
const MAX_SEGMENTS = 1000;
const count = z.number().int().min(0).max(MAX_SEGMENTS);
const ms = z
  .number()
  .finite()
  .min(0)
  .max(48 * 3600 * 1000);

export const timerCheckpointSchema = z.strictObject({
  version: z.literal(1),
  routineId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  segmentCount: count,
  segmentIndex: count,
  elapsedInSegmentMs: ms,
  addedMs: ms,
  activeMs: ms,
  doneSegments: z.array(count).max(MAX_SEGMENTS),
  skippedSegments: z.array(count).max(MAX_SEGMENTS),
}) satisfies z.ZodType<TimerCheckpoint>;

/** The checkpoint, or null when the stored value is not one (then the routine simply starts over). */
export function parseCheckpoint(value: unknown): TimerCheckpoint | null {
  const result = timerCheckpointSchema.safeParse(value);
  return result.success ? result.data : null;
}
