/** The runner's settings as the renderer sees them: loaded once, changed through main. */
import { api } from '../lib/ipc/api';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import type { Settings } from '../lib/settings/types';

export const settingsState = $state<{ settings: Settings; loaded: boolean; error: string | null }>({
  settings: structuredClone(DEFAULT_SETTINGS),
  loaded: false,
  error: null,
});

export async function loadSettings(): Promise<void> {
  settingsState.settings = await api.getSettings();
  settingsState.loaded = true;
}

/** Saves a change; on failure the shown settings stay as stored and the error is shown. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  try {
    settingsState.settings = await api.updateSettings(patch);
    settingsState.error = null;
  } catch (error) {
    settingsState.error = error instanceof Error ? error.message : String(error);
  }
}
