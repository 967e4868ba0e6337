/** Which screen is showing. One $state object, mutated by go(). */
import type { MenuCommand } from '../lib/ipc/contract';
import type { RoutinePhase } from '../lib/routines/types';

export type Screen =
  | { name: 'home' }
  | { name: 'routines' }
  /** routineId null: a new routine for that phase. */
  | { name: 'editor'; routineId: string | null; phase: RoutinePhase }
  | { name: 'player' }
  /**
   * sessionId: the routine session to attach to; null: a check-in on its own (rest day, run without routine).
   * afterRoutine: it follows a post-run routine (finished or stopped), so it can be skipped for Home.
   */
  | { name: 'check-in'; sessionId: string | null; afterRoutine?: boolean }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'setup' };

export const navigation = $state<{ screen: Screen }>({ screen: { name: 'home' } });

/** A screen may refuse to be left (unsaved changes); it registers a guard that asks first. */
let leaveGuard: ((next: Screen) => boolean) | null = null;

export function setLeaveGuard(guard: ((next: Screen) => boolean) | null): void {
  leaveGuard = guard;
}

/**
 * Closing the window or quitting with unsaved changes: the page refuses to unload, and main
 * (on will-prevent-unload) asks the runner whether to leave. Returns the remover.
 */
export function guardWindowClose(hasUnsavedChanges: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (hasUnsavedChanges()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

export function go(screen: Screen): void {
  if (leaveGuard && !leaveGuard(screen)) return;
  leaveGuard = null;
  navigation.screen = screen;
}

/** What each app-menu command opens. Starting a routine from the menu goes through Home's doors. */
export function screenForMenuCommand(command: MenuCommand): Screen {
  switch (command) {
    case 'go-home':
    case 'go-before':
    case 'go-after':
      return { name: 'home' };
    case 'go-history':
      return { name: 'history' };
    case 'go-routines':
      return { name: 'routines' };
    case 'go-settings':
      return { name: 'settings' };
  }
}
