/** The app's store files and how each is read back (with its schema version and defaults). */
import { DEFAULT_SETTINGS } from '../../../src/lib/settings/defaults';
import { settingsSchema } from '../../../src/lib/settings/schema';
import type { Settings } from '../../../src/lib/settings/types';
import { parseMovementsDoc, type MovementsDoc } from './movements-doc';
import { parseRoutinesDoc, type RoutinesDoc } from './routines-doc';
import { parseGuidanceDoc, type GuidanceDoc } from './guidance-doc';
import type { HistoryDoc } from './history-doc';
import { openHistoryYears } from './history-years';
import { parsePlayerDoc, type PlayerDoc } from './player-doc';
import { parsePendingDoc, type PendingDoc } from './pending-doc';
import { parseRemindersDoc, type RemindersDoc } from './reminders-doc';
import { parseWindowState, type WindowStateDoc } from '../window-state';
import path from 'node:path';
import type { StoreIssue } from '../../../src/lib/ipc/contract';
import { openDocStore, storedVersion, type DocStore, type StoreBackend } from './doc-store';
import { WrongShapeError } from './store-format';

export const SETTINGS_SCHEMA_VERSION = 1;

export interface SettingsDoc {
  schemaVersion: number;
  settings: Settings;
}

export interface Stores {
  settings: DocStore<SettingsDoc>;
  windowState: DocStore<WindowStateDoc>;
  routines: DocStore<RoutinesDoc>;
  /** The runner's own movements (their pictures are files in the data folder's pictures/). */
  movements: DocStore<MovementsDoc>;
  /** Session history: its own file, so it can grow for years apart from settings. */
  history: DocStore<HistoryDoc>;
  /** The player's crash checkpoint and the day's pain-before answer. */
  player: DocStore<PlayerDoc>;
  guidance: DocStore<GuidanceDoc>;
  /** A check-in whose save failed (disk full, …), kept for after a restart. */
  pending: DocStore<PendingDoc>;
  /** Reminder slots already shown or skipped. */
  reminders: DocStore<RemindersDoc>;
}

export interface BackendOptions {
  /** Write without indentation: for large documents (history), where size and speed matter. */
  compact?: boolean;
}

/** Opens (or creates) one named store file in the data directory. */
export type OpenBackend = (name: string, options?: BackendOptions) => StoreBackend;

export interface OpenedStores extends Stores {
  /** Files that could not be used at launch and were moved aside: told to the runner. */
  issues: StoreIssue[];
}

/** Opens every store file now, so that any problem with one is known (and reported) at launch. */
export function openStores(openBackend: OpenBackend, dataDir: string, now: () => Date = () => new Date()): OpenedStores {
  const issues: StoreIssue[] = [];
  const open = <T extends object>(name: string, parse: (raw: Record<string, unknown>) => T, options?: BackendOptions, reportAs = name) =>
    openDocStore({
      name: reportAs,
      filePath: path.join(dataDir, `${name}.json`),
      open: () => openBackend(name, options),
      parse,
      onIssue: (issue) => issues.push(issue),
      now,
    });
  // Every history file (the index, each year) reports as "history": the runner hears "session history".
  const openHistoryFile = <T extends object>(name: string, parse: (raw: Record<string, unknown>) => T) =>
    open(name, parse, { compact: true }, 'history');
  return {
    settings: open('settings', parseSettingsDoc),
    windowState: open('window-state', parseWindowState),
    routines: open('routines', parseRoutinesDoc),
    movements: open('movements', parseMovementsDoc),
    history: openHistoryYears(dataDir, openHistoryFile),
    player: open('player', parsePlayerDoc),
    guidance: open('guidance', parseGuidanceDoc),
    pending: open('pending', parsePendingDoc),
    reminders: open('reminders', parseRemindersDoc),
    issues,
  };
}

/** A missing file reads as defaults; a readable older file keeps every valid setting it has. */
function parseSettingsDoc(raw: Record<string, unknown>): SettingsDoc {
  storedVersion(raw, SETTINGS_SCHEMA_VERSION);
  if (raw.settings !== undefined && (typeof raw.settings !== 'object' || raw.settings === null || Array.isArray(raw.settings))) {
    throw new WrongShapeError('its settings are not a table');
  }
  const stored = (raw.settings ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, settings: settingsSchema.parse(merged) };
}
