/** Home's two routine doors: start the routine chosen for that phase and open the player. */
import type { Routine, RoutinePhase } from '../lib/routines/types';
import { go } from './navigation.svelte';
import { startRoutine } from './player.svelte';
import { doorRoutine, loadRoutines, routinesState } from './routines.svelte';
import { settingsState } from './settings.svelte';

export async function startDoor(phase: RoutinePhase): Promise<void> {
  if (!routinesState.loaded) await loadRoutines();
  const routine = doorRoutine(phase, settingsState.settings.doorRoutineIds[phase]);
  if (!routine) {
    go({ name: 'routines' });
    return;
  }
  playRoutine(routine);
}

/** Any routine's Play (the library's cards): the player starts it as the door would. */
export function playRoutine(routine: Routine): void {
  startRoutine(routine);
  go({ name: 'player' });
}
