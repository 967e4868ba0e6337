/** The routine library as the renderer sees it: loaded from main, changed only through main. */
import { api } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import type { SaveOutcome } from '../lib/routines/library';
import { DOOR_TITLES, doorOfferAfterSave, type DoorOffer } from '../lib/routines/doors';
import type { Routine, RoutinePhase } from '../lib/routines/types';
import type { RoutineInput } from '../lib/routines/validation';
import { loadMovements } from './movements.svelte';
import { settingsState, updateSettings } from './settings.svelte';

export const routinesState = $state<{ routines: Routine[]; loaded: boolean; error: string | null }>({
  routines: [],
  loaded: false,
  error: null,
});

/** Loads the routines and the runner's own movements their steps may use (their names, figures and how-tos). */
export async function loadRoutines(): Promise<void> {
  const [routines] = await Promise.all([api.listRoutines(), loadMovements()]);
  routinesState.routines = routines;
  routinesState.loaded = true;
}

export function routineById(id: string): Routine | undefined {
  return routinesState.routines.find((r) => r.id === id);
}

/** The routine a Home door starts: the one chosen in settings, else the first of that phase. */
export function doorRoutine(phase: RoutinePhase, chosenId: string): Routine | undefined {
  return routineById(chosenId) ?? routinesState.routines.find((r) => r.phase === phase);
}

// ---------------------------------------------------------------------------------------------
// Library actions (routine library and editor screens). Every change goes through main; the list
// is then read back so the renderer always shows what main stored.

export interface RoutineLibraryUi {
  /** A one-off confirmation to show on the library ("Saved as a copy: …"). */
  notice: string | null;
  /** The routine just deleted, for the Undo bar (main keeps the routine itself). */
  lastDeleted: { id: string; name: string } | null;
  /** A copy of a door's routine was just saved: ask whether that door should start it. */
  doorOffer: DoorOffer | null;
  /** An action main refused or that failed. */
  actionError: string | null;
  busy: boolean;
}

export const routineLibraryUi = $state<RoutineLibraryUi>({
  notice: null,
  lastDeleted: null,
  doorOffer: null,
  actionError: null,
  busy: false,
});

/** Loads the library once (screens call this on mount); a failure is kept in routinesState.error. */
export async function ensureRoutinesLoaded(): Promise<void> {
  if (routinesState.loaded) return;
  try {
    await loadRoutines();
    routinesState.error = null;
  } catch (error) {
    routinesState.error = plainRefusal(error);
  }
}

async function act(run: () => Promise<void>): Promise<boolean> {
  routineLibraryUi.busy = true;
  routineLibraryUi.actionError = null;
  try {
    await run();
    return true;
  } catch (error) {
    routineLibraryUi.actionError = plainRefusal(error);
    return false;
  } finally {
    routineLibraryUi.busy = false;
  }
}

/**
 * Saves editor input through main (which validates it again). Saving a built-in makes a copy;
 * the notice says so. Throws main's error when it refuses, so the editor can show it.
 */
export async function saveRoutine(input: RoutineInput): Promise<{ routine: Routine; outcome: SaveOutcome }> {
  const original = input.id === undefined ? undefined : routineById(input.id);
  const doorId = doorRoutine(input.phase, settingsState.settings.doorRoutineIds[input.phase])?.id ?? '';
  const result = await api.saveRoutine(input);
  routineLibraryUi.doorOffer = doorOfferAfterSave(result.outcome, original, result.routine, doorId);
  routineLibraryUi.notice =
    result.outcome === 'copied'
      ? `Saved as a copy: ${result.routine.name}. The built-in routine is unchanged.`
      : `Saved: ${result.routine.name}.`;
  routineLibraryUi.lastDeleted = null;
  routineLibraryUi.actionError = null;
  await loadRoutines().catch(() => undefined);
  return result;
}

export function duplicateRoutine(id: string): Promise<boolean> {
  return act(async () => {
    const copy = await api.duplicateRoutine({ id });
    routineLibraryUi.lastDeleted = null;
    routineLibraryUi.notice = `Duplicated as ${copy.name}.`;
    await loadRoutines();
  });
}

export function deleteRoutine(id: string): Promise<boolean> {
  return act(async () => {
    const { removed } = await api.deleteRoutine({ id });
    routinesState.routines = routinesState.routines.filter((r) => r.id !== removed.id);
    routineLibraryUi.notice = null;
    routineLibraryUi.lastDeleted = { id: removed.id, name: removed.name };
    await loadRoutines();
  });
}

export function undoDeleteRoutine(): Promise<boolean> {
  const deleted = routineLibraryUi.lastDeleted;
  if (!deleted) return Promise.resolve(false);
  return act(async () => {
    routinesState.routines = await api.undoDeleteRoutine({ id: deleted.id });
    routineLibraryUi.lastDeleted = null;
    routineLibraryUi.notice = `${deleted.name} is back.`;
  });
}

export function restoreBuiltInRoutines(): Promise<boolean> {
  return act(async () => {
    routinesState.routines = await api.restoreBuiltInRoutines();
    routineLibraryUi.lastDeleted = null;
    routineLibraryUi.notice = 'Built-in routines restored. Your own routines are as they were.';
  });
}

/** The runner's answer to "should Home's door start your copy?"; yes points the door at it (main validates). */
export async function answerDoorOffer(startCopy: boolean): Promise<void> {
  const offer = routineLibraryUi.doorOffer;
  if (!offer) return;
  routineLibraryUi.doorOffer = null;
  if (!startCopy) return;
  if (await updateSettings({ doorRoutineIds: { [offer.phase]: offer.routineId } })) {
    routineLibraryUi.notice = `Home’s “${DOOR_TITLES[offer.phase]}” button now starts ${offer.routineName}.`;
  }
}

/** Forget one-off messages (when the library is left). */
export function clearRoutineMessages(): void {
  routineLibraryUi.notice = null;
  routineLibraryUi.doorOffer = null;
  routineLibraryUi.lastDeleted = null;
  routineLibraryUi.actionError = null;
}
