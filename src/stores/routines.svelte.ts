/** The routine library as the renderer sees it: loaded from main, changed only through main. */
import { api } from '../lib/ipc/api';
import type { Routine, RoutinePhase } from '../lib/routines/types';

export const routinesState = $state<{ routines: Routine[]; loaded: boolean; error: string | null }>({
  routines: [],
  loaded: false,
  error: null,
});

export async function loadRoutines(): Promise<void> {
  routinesState.routines = await api.listRoutines();
  routinesState.loaded = true;
}

export function routineById(id: string): Routine | undefined {
  return routinesState.routines.find((r) => r.id === id);
}

/** The routine a Home door starts: the one chosen in settings, else the first of that phase. */
export function doorRoutine(phase: RoutinePhase, chosenId: string): Routine | undefined {
  return routineById(chosenId) ?? routinesState.routines.find((r) => r.phase === phase);
}
