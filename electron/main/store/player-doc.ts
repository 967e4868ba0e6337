/** The player's store file: a routine in progress (for resume after a crash) and today's pain before. */
import { storedVersion } from './doc-store';
import { z } from 'zod';
import { localDateSchema, painSchema } from '../../../src/lib/history/schema';
import { routineInProgressSchema, type RoutineInProgress } from '../../../src/lib/timer/in-progress';

export interface PainBeforeAnswer {
  localDate: string;
  pain: number | null;
}

export interface PlayerDoc {
  schemaVersion: number;
  inProgress: RoutineInProgress | null;
  painBefore: PainBeforeAnswer | null;
}

const painBeforeAnswerSchema = z.strictObject({ localDate: localDateSchema, pain: painSchema }) satisfies z.ZodType<PainBeforeAnswer>;

export function parsePlayerDoc(raw: Record<string, unknown>): PlayerDoc {
  storedVersion(raw, 1);
  const inProgress = routineInProgressSchema.safeParse(raw.inProgress);
  const painBefore = painBeforeAnswerSchema.safeParse(raw.painBefore);
  // A stale or damaged checkpoint only means the routine cannot be resumed: drop it quietly.
  return {
    schemaVersion: 1,
    inProgress: inProgress.success ? inProgress.data : null,
    painBefore: painBefore.success ? painBefore.data : null,
  };
}
