// Menu: templates checked as Electron checks them; the harness clicks items by their label path.
import { app } from './app.mjs';
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { BrowserWindow } from './windows.mjs';
import { checkShape, oneOf, strict } from './strict.mjs';

const ROLES = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'reload',
  'forceReload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'toggleSpellChecker',
  'togglefullscreen',
  'window',
  'minimize',
  'close',
  'help',
  'about',
  'services',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
  'showSubstitutions',
  'toggleSmartQuotes',
  'toggleSmartDashes',
  'toggleTextReplacement',
  'startSpeaking',
  'stopSpeaking',
  'zoom',
  'front',
  'appMenu',
  'fileMenu',
  'editMenu',
  'viewMenu',
  'shareMenu',
  'recentDocuments',
  'toggleTabBar',
  'selectNextTab',
  'selectPreviousTab',
  'showAllTabs',
  'mergeAllWindows',
  'clearRecentDocuments',
  'moveTabToNewWindow',
  'windowMenu',
];
const MODIFIERS = [
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
];
const KEY =
  /^([0-9A-Z]|F([1-9]|1[0-9]|2[0-4])|[)!@#$%^&*(:;:+=<,_\-.>?/~`{\][|\\}"']|Plus|Space|Tab|Capslock|Numlock|Scrolllock|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|PrintScreen|num[0-9]|numdec|numadd|numsub|nummult|numdiv)$/;

function isAccelerator(value) {
  if (typeof value !== 'string') return false;
  const parts = value.split('+');
  const key = value.endsWith('++') ? '+' : parts.pop();
  if (value.endsWith('++')) parts.splice(-2);
  return KEY.test(key ?? '') && parts.every((p) => MODIFIERS.includes(p));
}

const ITEM = {
  label: 'string',
  sublabel: 'string',
  role: oneOf(...ROLES),
  type: oneOf('normal', 'separator', 'submenu', 'checkbox', 'radio'),
  accelerator: isAccelerator,
  click: 'function',
  submenu: (v) => Array.isArray(v) || v instanceof MenuImpl,
  enabled: 'boolean',
  visible: 'boolean',
  checked: 'boolean',
  id: 'string',
  toolTip: 'string',
};

class MenuItemImpl {
  constructor(options) {
    checkShape('new MenuItem', options, ITEM);
    Object.assign(this, { label: '', type: options.submenu ? 'submenu' : 'normal', enabled: true, visible: true }, options);
    if (Array.isArray(options.submenu)) this.submenu = buildFromTemplate(options.submenu);
  }
}

class MenuImpl {
  constructor(items = []) {
    this.items = items;
  }
}

function buildFromTemplate(template) {
  if (!Array.isArray(template)) throw new TypeError('Menu.buildFromTemplate: Invalid template for Menu: Menu template must be an array');
  return strict('Menu', new MenuImpl(template.map((item) => (item instanceof MenuItemImpl ? item : new MenuItemImpl(item)))));
}

let applicationMenu = null;

export const Menu = strict('Menu', {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate', template);
    return buildFromTemplate(template);
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    if (menu !== null && !(menu instanceof MenuImpl))
      throw new TypeError('Menu.setApplicationMenu: Error processing argument at index 0, conversion failure');
    applicationMenu = menu;
  },
  getApplicationMenu() {
    return applicationMenu;
  },
});

export const MenuItem = MenuItemImpl;

const ROLE_ACTIONS = {
  quit: () => app.quit(),
  close: () => BrowserWindow.getFocusedWindow()?.close(),
  minimize: () => BrowserWindow.getFocusedWindow()?.minimize(),
};

/** Clicks the item at a label path such as ['Go', 'History'] (a role item by its role: ['Go', 'quit']). */
onCommand('menu-click', ({ path }) => {
  let menu = applicationMenu;
  let item = null;
  for (const name of path) {
    item = menu?.items.find((i) => i.label.replace('&', '') === name || i.role === name) ?? null;
    if (!item) throw new Error(`electron stand-in: the application menu has no item ${path.join(' > ')}`);
    menu = item.submenu ?? null;
  }
  record('menu-click', path);
  if (item.click) item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, { triggeredByAccelerator: false });
  else if (item.role && ROLE_ACTIONS[item.role]) ROLE_ACTIONS[item.role]();
  else throw new Error(`electron stand-in: clicking role ${item.role} is not provided`);
});

onCommand('menu-labels', () => {
  const walk = (menu) =>
    menu.items.map((i) => ({
      label: i.label,
      role: i.role,
      accelerator: i.accelerator,
      type: i.type,
      submenu: i.submenu ? walk(i.submenu) : undefined,
    }));
  return applicationMenu ? walk(applicationMenu) : null;
});
