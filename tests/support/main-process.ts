/** The main process's handler table over a real store in a data directory — outside Electron. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeChosenFile } from '../../electron/main/files';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import type { Platform } from '../../electron/main/ipc/handlers/deps';
import type { WriteFs } from '../../electron/main/store/checked-write';
import type { OpenedStores } from '../../electron/main/store/stores';
import { openAppData } from '../../electron/main/startup';
import type { ImportProgress, IpcResult } from '../../src/lib/ipc/contract';
import { confBackend } from './conf-backend';

/** Records what the desktop shell would have done; file dialogs answer with what a test set. */
export interface RecordingPlatform extends Platform {
  keepAwakeCalls: boolean[];
  compactCalls: boolean[];
  progress: ImportProgress[];
  notifications: { title: string; body: string }[];
  /** Where the save dialog "chooses" to save (a folder; the suggested name is kept); null: cancel. */
  saveToDir: string | null;
  /** What the open dialog "chooses"; null: cancel. */
  openPath: string | null;
  /** What the multi-select open dialog (run import) "chooses"; null: cancel. */
  openPaths: string[] | null;
  /** Turns HTML into PDF bytes (the browser tests use Chromium's printer); unset: PDFs cannot be made. */
  renderPdf: ((html: string) => Promise<Uint8Array>) | null;
}

export interface TestMainProcess {
  stores: OpenedStores;
  platform: RecordingPlatform;
  invoke(channel: unknown, arg?: unknown): Promise<IpcResult<unknown>>;
}

/** The project folder: the nearest with a package.json (the bench runs this file bundled in node_modules/.cache). */
function projectRoot(dir = import.meta.dirname): string {
  return fs.existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir ? dir : projectRoot(path.dirname(dir));
}
const BUILT_IMPORT_WORKER = path.join(projectRoot(), 'out/main/import-worker.js');

export interface MainProcessOptions {
  now?: () => Date;
  /** The file system store writes go through (a faulty one injects write failures). */
  writeFs?: WriteFs;
  /** The import worker script: the one `npm run build` makes unless a test built its own (tests/support/import-worker.ts). */
  importWorkerFile?: string;
}

export function startMainProcess(dataDir: string, options: MainProcessOptions = {}): TestMainProcess {
  const now = options.now ?? (() => new Date());
  const stores = openAppData(confBackend(dataDir, options.writeFs), dataDir, now);
  const platform: RecordingPlatform = {
    keepAwakeCalls: [],
    compactCalls: [],
    setCompact(on) {
      this.compactCalls.push(on);
    },
    progress: [],
    importProgress(progress) {
      this.progress.push(progress);
    },
    notifications: [],
    keepAwake(active) {
      this.keepAwakeCalls.push(active);
    },
    notify(title, body) {
      this.notifications.push({ title, body });
    },
    saveToDir: null,
    openPath: null,
    async saveFile({ defaultName, content }) {
      if (this.saveToDir === null) return null;
      const filePath = path.join(this.saveToDir, defaultName);
      await writeChosenFile(filePath, content);
      return filePath;
    },
    async openFile() {
      return this.openPath;
    },
    openPaths: null,
    async openFiles() {
      return this.openPaths;
    },
    renderPdf: null,
    async savePdf({ title, defaultName, html }) {
      if (!this.renderPdf) throw new Error('This test main process cannot render PDFs.');
      return this.saveFile({ title, defaultName, filters: [], content: await this.renderPdf(html) });
    },
  };
  const table = createHandlers({
    stores,
    dataDir,
    platform,
    appInfo: { version: '0.0.0-test', dataDir, shell: 'bridge' },
    now,
    newId: randomUUID,
    importWorkerFile: options.importWorkerFile ?? BUILT_IMPORT_WORKER,
  });
  return { stores, platform, invoke: (channel, arg) => dispatch(table, channel, arg) };
}
