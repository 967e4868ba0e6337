/**
 * The one IPC contract: every channel the renderer may call, with its argument and result types,
 * and every event main may push. Imported by main (handlers, validators), preload (the exposed
 * method list) and renderer (the typed facade). Types only, plus the two name tables.
 */
import type { PainBeforeAnswer } from '../guidance/types';
import type { ChartsRequest, HistoryCharts } from '../history/charts-answer';
import type { HistoryPage, PageRequest } from '../history/page';
import type { CheckIn, RoutineRun, Session } from '../history/types';
import type { SaveOutcome } from '../routines/library';
import type { RunFileOutcome } from '../run-import/plan';
import type { OwnMovementInput } from '../routines/own-movements';
import type { OwnMovement, Routine } from '../routines/types';
import type { RoutineInput } from '../routines/validation';
import type { Settings } from '../settings/types';
import type { RoutineInProgress } from '../timer/in-progress';
import type {
  AppInfo,
  BackupInfo,
  DroppedFile,
  GuidanceToday,
  ImportPreview,
  ImportProgress,
  PendingCheckIn,
  RoutineImportPreview,
  RunImportResult,
  StoreIssue,
} from './payloads';

export * from './payloads';

/** Channel → argument and result. `void` means the call takes no argument. */
export interface IpcContract {
  'app:info': { arg: void; result: AppInfo };
  /** Store files that had to be moved aside at launch, to tell the runner. */
  'app:store-issues': { arg: void; result: StoreIssue[] };
  'settings:get': { arg: void; result: Settings };
  'settings:update': { arg: Partial<Settings>; result: Settings };
  /** The run length the reminders learn from the runs of the weeks before `today` (the renderer's day), in minutes. */
  'settings:learned-run-length': { arg: { today: string }; result: number };

  'routines:list': { arg: void; result: Routine[] };
  /** Create or update; saving over a built-in makes a copy and leaves the built-in as it was. */
  'routines:save': { arg: RoutineInput; result: { routine: Routine; outcome: SaveOutcome } };
  'routines:duplicate': { arg: { id: string }; result: Routine };
  'routines:delete': { arg: { id: string }; result: { removed: Routine; index: number } };
  /** Undo the last delete of that routine; returns the whole library. */
  'routines:undo-delete': { arg: { id: string }; result: Routine[] };
  'routines:restore-built-ins': { arg: void; result: Routine[] };
  /** Save these routines (or the whole library) with the own movements they use and their pictures; null when cancelled. */
  'routines:export': { arg: { ids: string[] | 'all' }; result: { savedTo: string; routineCount: number } | null };
  /** Pick a shared routine file and check it whole, pictures too; nothing changes yet. null when cancelled. */
  'routines:import-preview': { arg: void; result: RoutineImportPreview | null };
  /** Apply a previewed routine import: all of it, or nothing. */
  'routines:import-confirm': { arg: { token: string }; result: { routines: number; movements: number } };

  /** The runner's own movements, in the order made. */
  'movements:list': { arg: void; result: OwnMovement[] };
  /** Create (no id) or edit one; the picture is kept (it changes only through the picture calls). */
  'movements:save': { arg: OwnMovementInput; result: OwnMovement };
  'movements:duplicate': { arg: { id: string }; result: OwnMovement };
  /** Refused (invalid-argument) while a routine uses it: the message names those routines. */
  'movements:delete': { arg: { id: string }; result: { removed: OwnMovement } };
  /**
   * Main asks for a picture file (PNG, JPEG, WebP or SVG up to 1 MB), checks it and copies it into
   * the data folder; refused with the reason when it is not such a picture. null when cancelled.
   */
  'movements:attach-picture': { arg: { id: string }; result: OwnMovement | null };
  'movements:remove-picture': { arg: { id: string }; result: OwnMovement };

  /** The whole history: for tests and tools only, no screen needs it (they ask for what they show). */
  'sessions:list': { arg: void; result: Session[] };
  /** One session, for the check-in editor; null when there is none with that id (deleted meanwhile). */
  'sessions:get': { arg: { id: string }; result: Session | null };
  /** A guided routine ended (or was stopped after some steps): keep it as a new session. */
  'sessions:record-routine': { arg: RoutineRun; result: Session };
  /** Attach a check-in to a session (sessionId), or keep it as a new session (null). */
  /**
   * localDate (YYYY-MM-DD) dates a NEW stand-alone check-in (sessionId null) on a past day; left out,
   * it is today. Refused after today, before 2000-01-01, or with a sessionId.
   */
  'sessions:save-check-in': { arg: { sessionId: string | null; checkIn: CheckIn; localDate?: string }; result: Session };
  'sessions:delete': { arg: { id: string }; result: Session };
  /** Undo of a delete: put the session back as it was. */
  'sessions:restore': { arg: Session; result: Session };
  /** The check-in whose save last failed, if main could keep it. */
  'sessions:get-pending-check-in': { arg: void; result: PendingCheckIn | null };
  'sessions:discard-pending-check-in': { arg: void; result: null };
  /**
   * Pick GPX, TCX or FIT files and import the runs in them: each file is imported, or refused with
   * its reason; all accepted runs are saved in one write. null when the runner cancelled.
   */
  'sessions:import-runs': { arg: void; result: RunImportResult | null };
  /**
   * Import the run files dropped on the window, as the dialog's: main checks each path (absolute,
   * there, a regular file, .gpx/.tcx/.fit, not too large) and refuses the others one by one.
   */
  'sessions:import-dropped-runs': { arg: { files: DroppedFile[] }; result: RunImportResult };
  /**
   * The runner's answers to an import's questions ('ask' files, in order): the session id of the
   * check-in each run fills, or null to add it as its own run. All saved in one write, or none.
   */
  'sessions:answer-run-import': { arg: { token: string; choices: (string | null)[] }; result: { files: RunFileOutcome[] } };

  'player:get-in-progress': { arg: void; result: RoutineInProgress | null };
  'player:save-in-progress': { arg: RoutineInProgress; result: null };
  'player:clear-in-progress': { arg: void; result: null };
  /** The one-tap "how does the back feel" at the end of a pre-run routine (null: skipped). */
  'player:set-pain-before': { arg: { pain: number | null }; result: null };
  /** Today's pain-before answer, if one was given today. */
  'player:get-pain-before': { arg: void; result: number | null };
  /** The last pain-before answer that gave a score, whatever its day (the guidance counts it). */
  'player:last-pain-before': { arg: void; result: PainBeforeAnswer | null };
  /** Keep the display awake while a routine runs. */
  'player:keep-awake': { arg: { active: boolean }; result: null };
  /** The window as the compact player (small, kept on top) or back to the size and place it had. */
  'player:compact': { arg: { on: boolean }; result: null };
  /** One page of the History list: the newest `weeks` weeks matching the filter, with their totals and the counts. */
  'history:page': { arg: PageRequest; result: HistoryPage };
  /** What the Charts and Calendar tabs draw: the last weeks' chart rows, calendar cells and each scored spot's pain. */
  'history:charts': { arg: ChartsRequest; result: HistoryCharts };
  /** Export all history through the save dialog; null when the runner cancelled. */
  'history:export': { arg: { format: 'csv' | 'json' }; result: { savedTo: string; sessionCount: number } | null };
  /** Pick a JSON file and check it whole; nothing changes yet. null when cancelled. */
  'history:import-preview': { arg: void; result: ImportPreview | null };
  /** Apply a previewed import: all of it, or nothing. */
  'history:import-confirm': { arg: { token: string }; result: { added: number } };
  'history:list-backups': { arg: void; result: BackupInfo[] };
  /** Replace the history with a backup's (the renderer asks the runner first); the current file is kept aside first. */
  'history:restore-backup': { arg: { id: string }; result: { sessionCount: number } };
  /** The one-page summary for a doctor's visit (last 8 weeks), saved as a PDF where the runner chooses. */
  'history:save-doctor-summary': { arg: void; result: { savedTo: string } | null };
  /** The findings and the plan for the runner's local day `today` (the renderer's day, so that it agrees with its clock). */
  'guidance:today': { arg: { today: string }; result: GuidanceToday };
  'guidance:get-dismissals': { arg: void; result: Record<string, string> };
  /** Hide a finding until a day (local date); returns all dismissals. */
  'guidance:dismiss': { arg: { findingId: string; until: string }; result: Record<string, string> };
  /** When the runner last said a doctor had seen them (ISO instant); null: never. */
  'guidance:get-seen-doctor': { arg: void; result: string | null };
  /** The runner says a doctor has seen them: ends the emergency finding for check-ins saved before now. */
  'guidance:seen-doctor': { arg: void; result: string };
  /** A system notification, shown only when the window is not focused. */
  'app:notify': { arg: { title: string; body: string }; result: null };
}

export type Channel = keyof IpcContract;
export type ArgOf<C extends Channel> = IpcContract[C]['arg'];
export type ResultOf<C extends Channel> = IpcContract[C]['result'];

/** The renderer-facing method name of each channel. The preload exposes exactly these. */
export const METHODS = {
  getAppInfo: 'app:info',
  getStoreIssues: 'app:store-issues',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getLearnedRunLength: 'settings:learned-run-length',
  listRoutines: 'routines:list',
  saveRoutine: 'routines:save',
  duplicateRoutine: 'routines:duplicate',
  deleteRoutine: 'routines:delete',
  undoDeleteRoutine: 'routines:undo-delete',
  restoreBuiltInRoutines: 'routines:restore-built-ins',
  exportRoutines: 'routines:export',
  previewRoutineImport: 'routines:import-preview',
  confirmRoutineImport: 'routines:import-confirm',
  listMovements: 'movements:list',
  saveMovement: 'movements:save',
  duplicateMovement: 'movements:duplicate',
  deleteMovement: 'movements:delete',
  attachMovementPicture: 'movements:attach-picture',
  removeMovementPicture: 'movements:remove-picture',
  listSessions: 'sessions:list',
  getSession: 'sessions:get',
  recordRoutine: 'sessions:record-routine',
  saveCheckIn: 'sessions:save-check-in',
  deleteSession: 'sessions:delete',
  restoreSession: 'sessions:restore',
  getPendingCheckIn: 'sessions:get-pending-check-in',
  discardPendingCheckIn: 'sessions:discard-pending-check-in',
  importRuns: 'sessions:import-runs',
  importDroppedRuns: 'sessions:import-dropped-runs',
  answerRunImport: 'sessions:answer-run-import',
  getRoutineInProgress: 'player:get-in-progress',
  saveRoutineInProgress: 'player:save-in-progress',
  clearRoutineInProgress: 'player:clear-in-progress',
  setPainBefore: 'player:set-pain-before',
  getPainBefore: 'player:get-pain-before',
  getLastPainBefore: 'player:last-pain-before',
  keepAwake: 'player:keep-awake',
  setCompactPlayer: 'player:compact',
  notify: 'app:notify',
  getHistoryPage: 'history:page',
  getHistoryCharts: 'history:charts',
  exportHistory: 'history:export',
  previewImport: 'history:import-preview',
  confirmImport: 'history:import-confirm',
  saveDoctorSummary: 'history:save-doctor-summary',
  listBackups: 'history:list-backups',
  restoreBackup: 'history:restore-backup',
  getGuidanceToday: 'guidance:today',
  getDismissals: 'guidance:get-dismissals',
  dismissFinding: 'guidance:dismiss',
  getSeenDoctor: 'guidance:get-seen-doctor',
  markSeenDoctor: 'guidance:seen-doctor',
} as const satisfies Record<string, Channel>;

export type MethodName = keyof typeof METHODS;

/** A save that did not reach the disk: nothing was changed, and the runner can retry. */
export type SaveFailureCode = 'disk-full' | 'read-only' | 'io-error';

export type IpcErrorCode = 'invalid-argument' | 'not-found' | 'forbidden' | 'unknown-channel' | 'internal' | SaveFailureCode;

/** One value main refused, and why. */
export interface IpcIssue {
  /**
   * Where in the argument, dotted, list positions kept: "checkIn.distanceKm", "steps.2.durationSec",
   * "cues.toneVolume"; '' for the argument as a whole. A key for code (src/lib/ipc/field-words.ts names it); never shown.
   */
  path: string;
  /** Plain words: a whole sentence ("Get-ready is at most 60 seconds."), or what follows the field's name ("must be …"). */
  message: string;
}

/** A refusal as it crosses the boundary. */
export interface IpcErrorInfo {
  code: IpcErrorCode;
  /** Plain words fit for the screen: no channel name, no field key. */
  message: string;
  /** The refused values, for a form to show each beside its field; empty when no one value is at fault. */
  issues: IpcIssue[];
}

export interface IpcFailure {
  ok: false;
  error: IpcErrorInfo;
}

/** Every call resolves to this envelope: errors cross the boundary as data, never as throws. */
export type IpcResult<T> = { ok: true; value: T } | IpcFailure;

/** Events main pushes to the renderer, with their payloads. */
export interface IpcEvents {
  /** The machine is about to sleep or the screen locked: a running routine should pause. */
  'power:suspend': void;
  /** An app-menu command (its accelerator was pressed or the item clicked). */
  'menu:command': MenuCommand;
  /** The import file being checked: how far it has got. */
  'import:progress': ImportProgress;
}

/** App-menu commands; a clicked reminder sends one too ('go-check-in' only comes from a reminder). */
export type MenuCommand = 'go-home' | 'go-before' | 'go-after' | 'go-history' | 'go-routines' | 'go-settings' | 'go-check-in';

export type EventName = keyof IpcEvents;
export const EVENT_NAMES = ['power:suspend', 'menu:command', 'import:progress'] as const satisfies readonly EventName[];

type MethodArg<M extends MethodName> = ArgOf<(typeof METHODS)[M]>;

/** What the preload exposes on `window.backstride`: derived from the contract, never written by hand. */
export type BackstrideApi = {
  [M in MethodName]: MethodArg<M> extends void
    ? () => Promise<IpcResult<ResultOf<(typeof METHODS)[M]>>>
    : (arg: MethodArg<M>) => Promise<IpcResult<ResultOf<(typeof METHODS)[M]>>>;
} & {
  /** Listen to a main-process event; returns an unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
  /** The disk path of a dropped file (Electron's webUtils; '' when it has none). Calls nothing in main. */
  pathForFile(file: File): string;
};

export const API_GLOBAL = 'backstride';
