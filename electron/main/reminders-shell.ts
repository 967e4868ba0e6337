/**
 * The desktop side of reminders: Electron's notifications, waking from sleep, the login item, and
 * the window a click opens. What is due and when is decided in ./reminders (tested over a fake clock).
 */
import { app, Notification, powerMonitor, type BrowserWindow } from 'electron';
import type { Settings } from '../../src/lib/settings/types';
import type { HandlerTable } from './ipc/dispatch';
import { startReminders, type ReminderService } from './reminders';
import type { Stores } from './store/stores';

/** Passed to the app when the login item starts it (Windows; macOS takes no arguments): it opens minimised. */
export const HIDDEN_ARG = '--hidden';

/** Started by the login item: the window opens minimised. */
export const startedHidden = (): boolean => process.argv.includes(HIDDEN_ARG);

// Shown notifications are kept: one that is garbage-collected loses its click handler.
const shown = new Set<Notification>();

function syncLoginItem(settings: Settings): void {
  app.setLoginItemSettings({ openAtLogin: settings.openAtLogin, args: [HIDDEN_ARG] });
}

export function installReminders(
  stores: ReminderServiceStores,
  handlers: Pick<HandlerTable, 'settings:update'>,
  getWindow: () => BrowserWindow | null,
): ReminderService {
  const open = (command: string) => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    win.webContents.send('menu:command', command);
  };
  const service = startReminders({
    stores,
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    show: (reminder) => {
      if (!Notification.isSupported()) return;
      const note = new Notification({ title: reminder.title, body: reminder.body });
      shown.add(note);
      note.on('click', () => {
        shown.delete(note);
        open(reminder.command);
      });
      note.on('close', () => shown.delete(note));
      note.show();
    },
  });
  let openAtLogin = stores.settings.read().settings.openAtLogin;
  if (openAtLogin) syncLoginItem(stores.settings.read().settings);
  const update = handlers['settings:update'];
  handlers['settings:update'] = (patch, ...rest) => {
    const settings = update(patch, ...rest) as Settings;
    if (settings.openAtLogin !== openAtLogin) syncLoginItem(settings);
    openAtLogin = settings.openAtLogin;
    service.check();
    return settings;
  };
  powerMonitor.on('resume', service.check);
  powerMonitor.on('unlock-screen', service.check);
  return service;
}

type ReminderServiceStores = Pick<Stores, 'settings' | 'history' | 'reminders' | 'guidance' | 'player'>;
