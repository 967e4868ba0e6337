/** Electron entry: single instance, stores, IPC, security, the window and the menu. Glue only. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor } from 'electron';
import { lockDataDir } from './data-lock';
import { releaseOnPageChange } from './keep-awake';
import { resolveDataDir } from './data-dir';
import { createHandlers } from './ipc/handlers';
import { picturesDir } from './pictures/picture-files';
import { mountHandlers } from './ipc/mount';
import { installMenu } from './menu';
import { installReminders, startedHidden } from './reminders-shell';
import { hardenApp } from './security/harden';
import { APP_PAGE_URL } from './security/app-protocol';
import { devRendererUrl } from './security/dev-server';
import { registerAppScheme, serveRenderer } from './security/serve-renderer';
import { electronStoreBackend } from './store/electron-backend';
import { electronPlatform } from './platform';
import { openAppData } from './startup';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const rendererDir = path.join(here, '../renderer');
const devServerUrl = devRendererUrl(process.env, app.isPackaged);
const appPageUrl = devServerUrl ?? APP_PAGE_URL;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  hardenApp(appPageUrl);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(async () => {
    const dataDir = resolveDataDir(process.env, app.getPath('userData'));
    if (!devServerUrl) serveRenderer(rendererDir, picturesDir(dataDir));
    const lock = lockDataDir(dataDir);
    if (!lock.ok) {
      dialog.showErrorBox('Backstride is already open', lock.message);
      app.exit(1);
      return;
    }
    process.on('exit', lock.release);
    const stores = openAppData(electronStoreBackend(dataDir), dataDir, () => new Date());
    const platform = electronPlatform(() => mainWindow);
    const handlers = createHandlers({
      stores,
      dataDir,
      appInfo: { version: app.getVersion(), dataDir, shell: 'electron' },
      platform,
      now: () => new Date(),
      newId: randomUUID,
      importWorkerFile: path.join(here, 'import-worker.js'),
    });
    const reminders = installReminders(stores, handlers, () => mainWindow);
    app.on('will-quit', reminders.stop);
    mountHandlers(handlers, appPageUrl);
    installMenu(() => mainWindow);

    mainWindow = await createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      windowState: stores.windowState,
      load: (win) => win.loadURL(appPageUrl),
    });
    mainWindow.on('closed', () => (mainWindow = null));
    // Started by the login item: out of the way, there for the reminders.
    if (startedHidden()) mainWindow.minimize();
    // A reloaded page has no player: the window leaves the compact player too.
    releaseOnPageChange(mainWindow.webContents, () => {
      platform.keepAwake(false);
      platform.setCompact(false);
    });

    const pauseRoutine = () => mainWindow?.webContents.send('power:suspend');
    powerMonitor.on('suspend', pauseRoutine);
    powerMonitor.on('lock-screen', pauseRoutine);
  });

  app.on('window-all-closed', () => app.quit());
}
