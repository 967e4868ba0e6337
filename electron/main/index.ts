/** Electron entry: single instance, stores, IPC, security, the window and the menu. Glue only. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { resolveDataDir } from './data-dir';
import { createHandlers } from './ipc/handlers';
import { mountHandlers } from './ipc/mount';
import { installMenu } from './menu';
import { hardenApp } from './security/harden';
import { electronStoreBackend } from './store/electron-backend';
import { electronPlatform } from './platform';
import { openAppData } from './startup';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const rendererIndex = path.join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appPageUrl = devServerUrl ?? pathToFileURL(rendererIndex).href;

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
    const stores = openAppData(electronStoreBackend(dataDir), dataDir, () => new Date());
    const handlers = createHandlers({
      stores,
      dataDir,
      appInfo: { version: app.getVersion(), dataDir, shell: 'electron' },
      platform: electronPlatform(() => mainWindow),
      now: () => new Date(),
      newId: randomUUID,
    });
    mountHandlers(handlers, appPageUrl);
    installMenu(() => mainWindow);

    mainWindow = await createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      windowState: stores.windowState,
      load: (win) => (devServerUrl ? win.loadURL(devServerUrl) : win.loadFile(rendererIndex)),
    });
    mainWindow.on('closed', () => (mainWindow = null));

    const pauseRoutine = () => mainWindow?.webContents.send('power:suspend');
    powerMonitor.on('suspend', pauseRoutine);
    powerMonitor.on('lock-screen', pauseRoutine);
  });

  app.on('window-all-closed', () => app.quit());
}
