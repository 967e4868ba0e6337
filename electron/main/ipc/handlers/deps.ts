/**
 * What the handlers are given: the stores, the platform and the clock.
 * In its own file so that each handler module can name these types without importing the
 * handler table in ./index, which imports every handler module (an import circle).
 */
import type { AppInfo, ImportProgress } from '../../../../src/lib/ipc/contract';
import type { OpenedStores } from '../../store/stores';

/** What only the desktop shell can do; a test double records the calls. */
export interface Platform {
  keepAwake(active: boolean): void;
  /** The window as the compact player (small, on top) or back to the size it had. */
  setCompact(on: boolean): void;
  /** Shows a system notification if the app window is not focused. */
  notify(title: string, body: string): void;
  /** Asks where to save and writes the file; the chosen path, or null if cancelled. */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  /** Asks for a file to open; its path, or null if cancelled. (The import worker reads it.) */
  openFile(request: OpenFileRequest): Promise<string | null>;
  /** Asks for any number of files to open; their paths, or null if cancelled. */
  openFiles(request: OpenFileRequest): Promise<string[] | null>;
  /** Tells the window how far the check of an import file has got. */
  importProgress(progress: ImportProgress): void;
  /** Renders a self-contained HTML page to PDF (no scripts run) and saves it where the runner chooses. */
  savePdf(request: { title: string; defaultName: string; html: string }): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
  content: string | Uint8Array;
}

export interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

export interface HandlerDeps {
  stores: OpenedStores;
  dataDir: string;
  appInfo: AppInfo;
  platform: Platform;
  /** Wall clock (injectable so tests can pin "today"). */
  now: () => Date;
  newId: () => string;
  /** The built import worker script (see electron/main/import/worker.ts). */
  importWorkerFile: string;
}
