/** Validation of a timer checkpoint read back from disk after a crash (it may be stale or damaged). */
import { z } from 'zod';
import type { TimerCheckpoint } from './types';

const count = z.number().int().min(0);
const ms = z.number().finite().min(0);

export const timerCheckpointSchema = z.strictObject({
  version: z.literal(1),
  routineId: z.string().min(1),
  segmentCount: count,
  segmentIndex: count,
  elapsedInSegmentMs: ms,
  addedMs: ms,
  activeMs: ms,
  doneSegments: z.array(count),
  skippedSegments: z.array(count),
}) satisfies z.ZodType<TimerCheckpoint>;

/** The checkpoint, or null when the stored value is not one (then the routine simply starts over). */
export function parseCheckpoint(value: unknown): TimerCheckpoint | null {
  const result = timerCheckpointSchema.safeParse(value);
  return result.success ? result.data : null;
}
