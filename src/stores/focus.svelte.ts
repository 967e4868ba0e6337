/**
 * Focus mode for the floor: the player alone, full screen. The choice is remembered in settings,
 * so the next routine opens the same way.
 */
import { settingsState, updateSettings } from './settings.svelte';

export const focus = $state({ active: false });

function syncFromDocument(): void {
  focus.active = document.fullscreenElement !== null;
}

async function enterFullscreen(): Promise<void> {
  if (document.fullscreenElement) return;
  try {
    await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture yet): the player still fills the window, only the frame stays.
  }
  syncFromDocument();
}

async function exitFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  syncFromDocument();
}

/** The runner asked for focus mode on or off: do it and remember it. */
export async function toggleFocus(): Promise<void> {
  const on = !focus.active;
  if (on) await enterFullscreen();
  else await exitFullscreen();
  void updateSettings({ playerFocus: on });
}

/** Esc in focus mode leaves it (and is remembered) instead of asking to stop. */
export async function leaveFocus(): Promise<void> {
  await exitFullscreen();
  void updateSettings({ playerFocus: false });
}

/** Player opened: go full screen when the runner left it that way. Returns the cleanup. */
export function followFocusPreference(): () => void {
  if (settingsState.settings.playerFocus) void enterFullscreen();
  const onChange = () => {
    const wasActive = focus.active;
    syncFromDocument();
    // Left by the browser's own Esc handling: remember that too.
    if (wasActive && !focus.active && settingsState.settings.playerFocus) void updateSettings({ playerFocus: false });
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => {
    document.removeEventListener('fullscreenchange', onChange);
    void exitFullscreen();
  };
}
