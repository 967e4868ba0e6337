/** The one app window: locked-down webPreferences, remembered bounds, keep-timers-running. */
import { BrowserWindow, dialog, screen } from 'electron';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW, defaultBounds, restorableBounds, saveWindowState, type WindowStateDoc } from './window-state';
import type { DocStore } from './store/doc-store';
import { stateBeforeCompact } from './compact-window';
import windowIcon from '../../resources/icons/256x256.png?asset';

export interface WindowOptions {
  preloadPath: string;
  load: (win: BrowserWindow) => Promise<void>;
  windowState: DocStore<WindowStateDoc>;
}

export async function createMainWindow({ preloadPath, load, windowState }: WindowOptions): Promise<BrowserWindow> {
  const saved = windowState.read();
  const bounds = restorableBounds(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds ?? defaultBounds(screen.getPrimaryDisplay().workArea)),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Backstride',
    icon: windowIcon,
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      // No middle-click new-window flows (Electron checklist: AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      webSecurity: true,
      spellcheck: false,
      // A routine's countdown must keep time when the window is hidden behind another app.
      backgroundThrottling: false,
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    if (win.isDestroyed()) return;
    // Closed while compact: the size to keep is the one from before.
    const compact = stateBeforeCompact(win);
    saveWindowState(windowState, {
      ...DEFAULT_WINDOW_STATE,
      bounds: compact?.bounds ?? (win.isMaximized() ? (saved.bounds ?? win.getNormalBounds()) : win.getNormalBounds()),
      maximized: compact?.maximized ?? win.isMaximized(),
    });
  };
  win.on('close', remember);
  // The page refuses to unload while a routine has unsaved changes: ask, as leaving its screen does.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Backstride',
      message: 'Discard your changes?',
      detail: 'Your changes to this routine are not saved yet.',
      buttons: ['Discard changes', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });

  await load(win);
  return win;
}
