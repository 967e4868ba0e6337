/** Home's two doors ("Before the run", "After the run"): what each shows, and when a saved copy should take one over. */
import type { Routine, RoutinePhase } from './types';
import type { SaveOutcome } from './library';

export const DOOR_TITLES: Readonly<Record<RoutinePhase, string>> = Object.freeze({ before: 'Before the run', after: 'After the run' });

/** "Evening cool-down · about 9 min"; just "about 9 min" when the routine's name is the door's own title. */
export function doorLine(phase: RoutinePhase, routineName: string, minutes: number): string {
  const time = `about ${minutes} min`;
  return routineName.trim().toLowerCase() === DOOR_TITLES[phase].toLowerCase() ? time : `${routineName} · ${time}`;
}

/** The question to ask after a save: should this phase's door start the copy just made? */
export interface DoorOffer {
  phase: RoutinePhase;
  routineId: string;
  routineName: string;
  replacedName: string;
}

/**
 * A copy of the routine a door starts was just saved: offer to point the door at the copy.
 * `doorId` is the routine that door starts now (as Home resolves it). Null when nothing to ask.
 */
export function doorOfferAfterSave(outcome: SaveOutcome, original: Routine | undefined, saved: Routine, doorId: string): DoorOffer | null {
  if (outcome !== 'copied' || !original || original.id !== doorId || saved.id === doorId) return null;
  return { phase: saved.phase, routineId: saved.id, routineName: saved.name, replacedName: original.name };
}
