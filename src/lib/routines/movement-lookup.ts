/**
 * One place to find a movement by id: the catalog's and the runner's own. The editor, player,
 * warnings, steps and main's routine checks take a lookup instead of reading the catalog alone,
 * so an own movement is named, timed and checked exactly like a catalog one.
 */
import { MOVEMENTS } from './catalog';
import type { Movement, OwnMovement } from './types';

/** A catalog movement or one the runner made (kind may then be 'other'). */
export type AnyMovement = Movement | OwnMovement;

export interface MovementLookup {
  /** Catalog first, then own movements, each in its own order. */
  readonly all: readonly AnyMovement[];
  byId(id: string): AnyMovement | undefined;
  /** The movement's name for labels, cues and history; the id itself when no movement has it. */
  name(id: string): string;
}

/** The lookup over the catalog and these own movements (an own id that meets a catalog id is ignored). */
export function movementLookup(own: readonly OwnMovement[] = []): MovementLookup {
  const byId = new Map<string, AnyMovement>(MOVEMENTS.map((m) => [m.id, m]));
  const extra: OwnMovement[] = [];
  for (const m of own) {
    if (byId.has(m.id)) continue;
    byId.set(m.id, m);
    extra.push(m);
  }
  const all: readonly AnyMovement[] = [...MOVEMENTS, ...extra];
  return {
    all,
    byId: (id) => (typeof id === 'string' ? byId.get(id) : undefined),
    name: (id) => (typeof id === 'string' ? byId.get(id)?.name : undefined) ?? id,
  };
}

/** The catalog alone: the default wherever no own movements are known (tests, old callers). */
export const CATALOG_LOOKUP: MovementLookup = movementLookup();

/** True for movements the runner made. */
export function isOwnMovement(movement: AnyMovement | undefined): movement is OwnMovement {
  return movement !== undefined && 'updatedAt' in movement;
}
