/** The app's store files and how each is read back (with its schema version and defaults). */
import { DEFAULT_SETTINGS } from '../../../src/lib/settings/defaults';
import { settingsSchema } from '../../../src/lib/settings/schema';
import type { Settings } from '../../../src/lib/settings/types';
import { parseWindowState, type WindowStateDoc } from '../window-state';
import { createDocStore, type DocStore, type StoreBackend } from './doc-store';

export const SETTINGS_SCHEMA_VERSION = 1;

export interface SettingsDoc {
  schemaVersion: number;
  settings: Settings;
}

export interface Stores {
  settings: DocStore<SettingsDoc>;
  windowState: DocStore<WindowStateDoc>;
}

/** Opens (or creates) one named store file in the data directory. */
export type OpenBackend = (name: string) => StoreBackend;

export function openStores(openBackend: OpenBackend): Stores {
  return {
    settings: createDocStore(openBackend('settings'), parseSettingsDoc),
    windowState: createDocStore(openBackend('window-state'), parseWindowState),
  };
}

/** A missing file reads as defaults; a readable older file keeps every valid setting it has. */
function parseSettingsDoc(raw: Record<string, unknown>): SettingsDoc {
  const stored = typeof raw.settings === 'object' && raw.settings !== null ? (raw.settings as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, settings: settingsSchema.parse(merged) };
}
