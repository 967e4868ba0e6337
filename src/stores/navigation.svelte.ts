/** Which screen is showing. One $state object, mutated by go(). */
import type { Screen } from '../lib/navigation/screens';

export type { Screen };

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
