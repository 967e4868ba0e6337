/** The desktop-only services the handlers use: display sleep blocking, notifications, file dialogs. */
import { BrowserWindow, dialog, Notification, powerSaveBlocker } from 'electron';
import { setCompactWindow } from './compact-window';
import { writeChosenFile } from './files';
import type { Platform } from './ipc/handlers/deps';

export function electronPlatform(getWindow: () => BrowserWindow | null): Platform {
  let blockerId: number | null = null;
  return {
    keepAwake(active) {
      // Held only while a routine runs; released as soon as it ends or pauses.
      if (active && blockerId === null) blockerId = powerSaveBlocker.start('prevent-display-sleep');
      if (!active && blockerId !== null) {
        powerSaveBlocker.stop(blockerId);
        blockerId = null;
      }
    },
    setCompact(on) {
      const win = getWindow();
      if (win) setCompactWindow(win, on);
    },
    notify(title, body) {
      const win = getWindow();
      if (win?.isFocused() || !Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => win?.show());
      notification.show();
    },
    async saveFile({ title, defaultName, filters, content }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeChosenFile(result.filePath, content);
      return result.filePath;
    },
    async openFile({ title, filters }) {
      const win = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const filePath = result.filePaths[0];
      return result.canceled || !filePath ? null : filePath;
    },
    async openFiles({ title, filters }) {
      const win = getWindow();
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    importProgress(progress) {
      getWindow()?.webContents.send('import:progress', progress);
    },
    async savePdf({ title, defaultName, html }) {
      const pdf = await renderPdf(html);
      return this.saveFile({ title, defaultName, filters: [{ name: 'PDF document', extensions: ['pdf'] }], content: pdf });
    },
  };
}

/** Renders HTML in a hidden, script-less, sandboxed window and prints it to an A4 PDF. */
async function renderPdf(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    win.destroy();
  }
}
