/**
 * A stand-in for the `electron` module, for running the built main process (out/main/index.js) in
 * plain Node under test: only the APIs Backstride uses, each recording its calls, strict about the
 * argument shapes Electron rejects, and throwing on any member it does not provide.
 * Loaded through register.mjs; driven by the harness in tests/e2e/fixtures/main-shell.ts.
 */
import { app } from './app.mjs';
import { dialog } from './dialog.mjs';
import { onCommand } from './host.mjs';
import { ipcMain } from './ipc.mjs';
import { Menu, MenuItem } from './menu.mjs';
import { net, protocol } from './protocol.mjs';
import { calls } from './record.mjs';
import { session } from './session.mjs';
import { strict } from './strict.mjs';
import { nativeTheme, Notification, powerMonitor, powerSaveBlocker, screen, shell } from './system.mjs';
import { BrowserWindow } from './windows.mjs';
// Registers the harness's window commands (will-navigate, window-open, window-state…).
import './window-commands.mjs';

onCommand('records', () => calls);
// Answers once everything main queued (promise continuations included) has run.
onCommand('settle', () => new Promise((resolve) => setImmediate(resolve)));

const electron = strict('electron', {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
});

export default electron;
export {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
};
