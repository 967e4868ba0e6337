/** The own-movements store file: the movements the runner made, each checked as it is read. */
import * as z from 'zod/mini';
import { ownMovementInputSchema, OWN_MOVEMENT_LIMITS } from '../../../src/lib/routines/own-movements';
import { movementPictureSchema } from '../../../src/lib/routines/picture-schema';
import type { OwnMovement } from '../../../src/lib/routines/types';
import { storedVersion } from './doc-store';
import { WrongShapeError } from './store-format';

export const MOVEMENTS_SCHEMA_VERSION = 1;

export interface MovementsDoc {
  schemaVersion: number;
  movements: OwnMovement[];
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const storedSchema = z.extend(z.required(ownMovementInputSchema, { id: true }), {
  picture: z.optional(movementPictureSchema),
  updatedAt: z.string().check(z.regex(INSTANT)),
});

/** A missing file is an empty list; a movement that is not valid makes the whole file unreadable (it is moved aside). */
export function parseMovementsDoc(raw: Record<string, unknown>): MovementsDoc {
  storedVersion(raw, MOVEMENTS_SCHEMA_VERSION);
  if (raw.movements === undefined) return { schemaVersion: MOVEMENTS_SCHEMA_VERSION, movements: [] };
  if (!Array.isArray(raw.movements) || raw.movements.length > OWN_MOVEMENT_LIMITS.maxMovements) {
    throw new WrongShapeError('its list of movements is not a list the app can read');
  }
  const seen = new Set<string>();
  const movements = raw.movements.map((stored: unknown) => {
    const parsed = z.safeParse(storedSchema, stored);
    if (!parsed.success || seen.has(parsed.data.id)) throw new WrongShapeError('it holds a movement that is not valid');
    seen.add(parsed.data.id);
    const { caution, picture, ...rest } = parsed.data;
    return { ...rest, ...(caution ? { caution } : {}), ...(picture ? { picture } : {}) } satisfies OwnMovement;
  });
  return { schemaVersion: MOVEMENTS_SCHEMA_VERSION, movements };
}
