/** The app menu: every screen one shortcut away; commands go to the renderer as 'menu:command'. */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/lib/ipc/contract';

export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send('menu:command', command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&Go',
      submenu: [
        { label: 'Home', accelerator: 'CmdOrCtrl+0', click: send('go-home') },
        { label: 'Before the run', accelerator: 'CmdOrCtrl+1', click: send('go-before') },
        { label: 'After the run', accelerator: 'CmdOrCtrl+2', click: send('go-after') },
        { label: 'History', accelerator: 'CmdOrCtrl+3', click: send('go-history') },
        { label: 'Routines', accelerator: 'CmdOrCtrl+4', click: send('go-routines') },
        { type: 'separator' },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: send('go-settings') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
