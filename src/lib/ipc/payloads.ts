/**
 * What the IPC calls carry besides the domain types: the answers main gives (app info, store
 * issues, backups, import previews, advice) and the run-import files. Re-exported by contract.ts,
 * which stays the one place channels are named.
 */
import type { Finding, PlanningHelp } from '../guidance/types';
import type { CheckIn } from '../history/types';
import type { RunFileOutcome } from '../run-import/plan';

/** Home's advice, worked out in main over the whole history: every finding in force (before dismissals) and this week's plan. */
export interface GuidanceToday {
  findings: Finding[];
  plan: PlanningHelp;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  /** 'electron' when running in the desktop shell, 'bridge' in browser tests. */
  shell: 'electron' | 'bridge';
}

/** A store file that could not be used at launch and was moved aside (nothing is deleted). */
export interface StoreIssue {
  /** Which store: settings, routines, history, … — or 'data-folder' when nothing can be saved at all (read-only). */
  store: string;
  /** Plain words: what was wrong with it. */
  problem: string;
  /** Where the old file now is; null if it could not be moved (then changes to it are not saved). */
  movedTo: string | null;
}

/** One copy of the history that can be restored: a daily backup, or the history kept aside before a restore. */
export interface BackupInfo {
  /** Names it for a restore (its file name without .json). */
  id: string;
  kind: 'daily' | 'before-restore';
  /** Local date of a daily backup; UTC date of a copy from before a restore. */
  date: string;
  /** When a copy from before a restore was made (ISO instant); null for daily backups. */
  takenAt: string | null;
  /** Sessions in it; null if the backup itself cannot be read. */
  sessionCount: number | null;
}

/** A check-in whose save failed, kept by main so that it survives a restart. */
export interface PendingCheckIn {
  /** The session it was for (null: a check-in on its own). */
  sessionId: string | null;
  checkIn: CheckIn;
  /** The missed day a stand-alone check-in was for; absent: today (and in files written before it existed). */
  localDate?: string;
  failedAt: string;
}

export interface ImportPreview {
  token: string;
  fileName: string;
  /** Sessions new to this history. */
  toAdd: number;
  /** Sessions already here (same id): left as they are. */
  alreadyThere: number;
  /** Date range of the new sessions (local dates), when there are any. */
  firstDate: string | null;
  lastDate: string | null;
}

/** What importing a shared routine file would add, for the runner to agree to. */
export interface RoutineImportPreview {
  token: string;
  fileName: string;
  /** "Adds 1 routine and 2 movements; 1 movement already here." and any copies, in words. */
  summary: string;
  /** The routines it adds, as they will be named here. */
  routineNames: string[];
  /** The own movements it adds, as they will be named here. */
  movementNames: string[];
}

/** How far the check of an import file has got (main pushes it while the file is read and validated). */
export interface ImportProgress {
  phase: 'reading' | 'checking';
  /** 0 to 100. */
  percent: number;
}

/** A run import, file by file; askToken names its questions ('ask' files) for the answer, null when there are none. */
export interface RunImportResult {
  files: RunFileOutcome[];
  askToken: string | null;
}

/** A file dropped on the window: its name as shown, and its path on disk ('' when it has none, e.g. dragged from a web page). */
export interface DroppedFile {
  name: string;
  path: string;
}

/** At most this many files in one drop: more is surely a mistaken folder-full, and each is read in turn. */
export const MAX_DROPPED_FILES = 200;
