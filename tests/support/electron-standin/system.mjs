// Notification, powerSaveBlocker, powerMonitor, nativeTheme, screen, shell.
import { EventEmitter } from 'node:events';
import { app } from './app.mjs';
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { checkShape, checkType, oneOf, strict } from './strict.mjs';

const DISPLAY = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
};

export function primaryDisplay() {
  return structuredClone(DISPLAY);
}

class NotificationImpl extends EventEmitter {
  static isSupported() {
    return true;
  }

  constructor(options = {}) {
    super();
    checkShape('new Notification', options, {
      title: 'string',
      body: 'string',
      silent: 'boolean',
      subtitle: 'string',
      icon: 'string',
      urgency: oneOf('normal', 'critical', 'low'),
    });
    this.options = options;
    record('new Notification', options);
  }

  show() {
    record('Notification.show', this.options);
    shownNotifications.push(this);
  }

  close() {
    this.emit('close', { preventDefault() {} });
  }
}

// Shown notifications, in order, so a test can click one as the runner would.
const shownNotifications = [];
onCommand('click-notification', ({ index }) => {
  const note = shownNotifications.at(index ?? -1);
  if (!note) throw new Error(`electron stand-in: no notification ${index} was shown`);
  record('Notification click', note.options.title);
  note.emit('click', { preventDefault() {} });
});

export const Notification = NotificationImpl;

const blockers = new Set();
let nextBlocker = 1;
export const powerSaveBlocker = strict('powerSaveBlocker', {
  start(type) {
    checkType('powerSaveBlocker.start', 'type', type, oneOf('prevent-app-suspension', 'prevent-display-sleep'));
    const id = nextBlocker++;
    blockers.add(id);
    record('powerSaveBlocker.start', type, id);
    return id;
  },
  stop(id) {
    checkType('powerSaveBlocker.stop', 'id', id, 'integer');
    record('powerSaveBlocker.stop', id);
    return blockers.delete(id);
  },
  isStarted(id) {
    return blockers.has(id);
  },
});

export const powerMonitor = strict('powerMonitor', new EventEmitter());
const POWER_EVENTS = [
  'suspend',
  'resume',
  'lock-screen',
  'unlock-screen',
  'on-ac',
  'on-battery',
  'shutdown',
  'user-did-become-active',
  'user-did-resign-active',
];
onCommand('power', ({ event }) => {
  if (!POWER_EVENTS.includes(event)) throw new Error(`electron stand-in: powerMonitor has no event ${event}`);
  record('powerMonitor event', event);
  powerMonitor.emit(event, { preventDefault() {} });
});

class NativeTheme extends EventEmitter {
  constructor() {
    super();
    this.themeSource = 'system';
    this.shouldUseHighContrastColors = false;
  }

  get shouldUseDarkColors() {
    return this.themeSource === 'dark' || (this.themeSource === 'system' && process.env.BACKSTRIDE_STANDIN_COLOR_SCHEME === 'dark');
  }
}
export const nativeTheme = strict('nativeTheme', new NativeTheme());

const beforeReady = (name) => {
  if (!app.isReady()) throw new Error(`The 'screen' module can't be used before the app 'ready' event (${name})`);
};
export const screen = strict(
  'screen',
  Object.assign(new EventEmitter(), {
    getAllDisplays() {
      beforeReady('getAllDisplays');
      return [primaryDisplay()];
    },
    getPrimaryDisplay() {
      beforeReady('getPrimaryDisplay');
      return primaryDisplay();
    },
    getDisplayMatching(rect) {
      beforeReady('getDisplayMatching');
      checkShape('screen.getDisplayMatching', rect, { x: 'number', y: 'number', width: 'number', height: 'number' }, 'rect');
      return primaryDisplay();
    },
    getCursorScreenPoint() {
      return { x: 0, y: 0 };
    },
  }),
);

export const shell = strict('shell', {
  async openExternal(url) {
    checkType('shell.openExternal', 'url', url, 'string');
    record('shell.openExternal', url);
  },
  async openPath(target) {
    checkType('shell.openPath', 'path', target, 'string');
    record('shell.openPath', target);
    return '';
  },
  showItemInFolder(target) {
    record('shell.showItemInFolder', target);
  },
});
