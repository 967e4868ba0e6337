/**
 * The runner's own movements as the renderer sees them, and the one movement lookup (catalog +
 * own) that the editor, the player and the figures read names, kinds and how-tos from.
 */
import { api } from '../lib/ipc/api';
import { movementLookup, type AnyMovement, type MovementLookup } from '../lib/routines/movement-lookup';
import type { OwnMovementInput } from '../lib/routines/own-movements';
import type { OwnMovement } from '../lib/routines/types';

class Movements {
  own = $state.raw<OwnMovement[]>([]);
  loaded = $state(false);
  /** Rebuilt only when the list changes; reading it inside a template or $derived tracks the list. */
  lookup: MovementLookup = $derived(movementLookup(this.own));
}

export const movements = new Movements();

export async function loadMovements(): Promise<void> {
  movements.own = await api.listMovements();
  movements.loaded = true;
}

/** A catalog or own movement by id. */
export function findMovement(id: string): AnyMovement | undefined {
  return movements.lookup.byId(id);
}

/** The name for labels, cues and history; the id when no movement has it. */
export function movementName(id: string): string {
  return movements.lookup.name(id);
}

/** Every change goes through main; the list is read back so the renderer shows what main stored. */
async function changed<T>(result: T): Promise<T> {
  await loadMovements();
  return result;
}

export const saveMovement = async (input: OwnMovementInput): Promise<OwnMovement> => changed(await api.saveMovement(input));
export const duplicateMovement = async (id: string): Promise<OwnMovement> => changed(await api.duplicateMovement({ id }));
export const deleteMovement = async (id: string): Promise<OwnMovement> => (await changed(await api.deleteMovement({ id }))).removed;
export const attachPicture = async (id: string): Promise<OwnMovement | null> => changed(await api.attachMovementPicture({ id }));
export const removePicture = async (id: string): Promise<OwnMovement> => changed(await api.removeMovementPicture({ id }));
