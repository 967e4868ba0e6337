/** A routine in progress, as main keeps it so that the next launch can offer to resume it. */
import { z } from 'zod';
import { timerCheckpointSchema } from './checkpoint';
import type { TimerCheckpoint } from './types';

export interface RoutineInProgress {
  checkpoint: TimerCheckpoint;
  routineName: string;
  /** ISO instant the routine was started. */
  startedAt: string;
  /** ISO instant of the last checkpoint. */
  savedAt: string;
}

export const routineInProgressSchema = z.strictObject({
  checkpoint: timerCheckpointSchema,
  routineName: z.string().min(1).max(200),
  startedAt: z.iso.datetime({ offset: true }),
  savedAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<RoutineInProgress>;
