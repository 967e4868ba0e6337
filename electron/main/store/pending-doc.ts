/** The pending store file: a check-in whose save failed, kept (if there was room) until it is saved or discarded. */
import { z } from 'zod';
import { checkInSchema, idSchema, instantSchema, localDateSchema } from '../../../src/lib/history/schema';
import type { PendingCheckIn } from '../../../src/lib/ipc/contract';
import { storedVersion } from './doc-store';
import { upgradeSession } from '../../../src/lib/history/upgrade';

export interface PendingDoc {
  schemaVersion: number;
  checkIn: PendingCheckIn | null;
}

const pendingCheckInSchema = z.strictObject({
  sessionId: idSchema.nullable(),
  checkIn: checkInSchema,
  localDate: localDateSchema.optional(),
  failedAt: instantSchema,
}) satisfies z.ZodType<PendingCheckIn>;

export function parsePendingDoc(raw: Record<string, unknown>): PendingDoc {
  storedVersion(raw, 1);
  // A check-in kept before history format 3 gains the new fields, empty, rather than being dropped.
  const pending = pendingCheckInSchema.safeParse(upgradeSession(raw.checkIn));
  return { schemaVersion: 1, checkIn: pending.success ? pending.data : null };
}
