// BrowserWindow and its webContents: each window is a Chromium page the harness opens and drives.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { app } from './app.mjs';
import { ask, onCommand, send } from './host.mjs';
import { record } from './record.mjs';
import { primaryDisplay } from './system.mjs';
import { session } from './session.mjs';
import { checkShape, checkType, oneOf, preventable, strict } from './strict.mjs';

const WEB_PREFERENCES = {
  preload: (v) => typeof v === 'string' && path.isAbsolute(v),
  contextIsolation: 'boolean',
  sandbox: 'boolean',
  nodeIntegration: 'boolean',
  nodeIntegrationInWorker: 'boolean',
  nodeIntegrationInSubFrames: 'boolean',
  webSecurity: 'boolean',
  allowRunningInsecureContent: 'boolean',
  javascript: 'boolean',
  webviewTag: 'boolean',
  spellcheck: 'boolean',
  backgroundThrottling: 'boolean',
  disableBlinkFeatures: 'string',
  enableBlinkFeatures: 'string',
  experimentalFeatures: 'boolean',
  devTools: 'boolean',
  partition: 'string',
};

const WINDOW_OPTIONS = {
  x: 'integer',
  y: 'integer',
  width: 'integer',
  height: 'integer',
  minWidth: 'integer',
  minHeight: 'integer',
  maxWidth: 'integer',
  maxHeight: 'integer',
  center: 'boolean',
  title: 'string',
  show: 'boolean',
  autoHideMenuBar: 'boolean',
  backgroundColor: 'string',
  icon: 'string',
  resizable: 'boolean',
  fullscreen: 'boolean',
  webPreferences: 'object',
};

const windows = new Map();
let nextWindowId = 1;
let nextContentsId = 1;

export function allWindows() {
  return [...windows.values()];
}

function windowFor(message) {
  const win = windows.get(message.windowId) ?? allWindows().find((w) => w.webContents.id === message.webContentsId);
  if (!win) throw new Error(`electron stand-in: no window ${message.windowId ?? message.webContentsId}`);
  return win;
}

class WebContents extends EventEmitter {
  constructor(win) {
    super();
    this.id = nextContentsId++;
    this.standinLabel = `webContents#${this.id}`;
    this.window = win;
    this.url = '';
    this.windowOpenHandler = null;
    this.destroyed = false;
    this.loadedOnce = false;
    this.session = session.defaultSession;
  }

  async loadURL(url, options) {
    record('webContents.loadURL', this, url, options);
    checkType('webContents.loadURL', 'url', url, 'string');
    if (options !== undefined)
      checkShape('webContents.loadURL', options, { httpReferrer: 'string', userAgent: 'string', extraHeaders: 'string' });
    new URL(url);
    this.url = url;
    try {
      await ask({ type: 'load-url', webContentsId: this.id, url });
    } catch (error) {
      this.emit('did-fail-load', preventable(), -2, error.message, url, true);
      throw new Error(`ERR_FAILED (-2) loading '${url}': ${error.message}`, { cause: error });
    }
    this.emit('dom-ready', preventable());
    this.emit('did-finish-load', preventable());
    if (!this.loadedOnce) {
      this.loadedOnce = true;
      this.window.emit('ready-to-show', preventable());
    }
  }

  getURL() {
    return this.url;
  }

  send(channel, ...args) {
    checkType('webContents.send', 'channel', channel, 'string');
    record('webContents.send', this, channel, ...args);
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serializes with the structured clone algorithm: what it cannot clone throws here too.
    send({ type: 'send', webContentsId: this.id, channel, args: structuredClone(args) });
  }

  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', this, handler);
    checkType('webContents.setWindowOpenHandler', 'handler', handler, 'function');
    this.windowOpenHandler = handler;
  }

  async printToPDF(options = {}) {
    record('webContents.printToPDF', this, options);
    checkShape('webContents.printToPDF', options, {
      pageSize: oneOf('A3', 'A4', 'A5', 'Legal', 'Letter', 'Tabloid'),
      printBackground: 'boolean',
      landscape: 'boolean',
      scale: 'number',
    });
    return Buffer.from(await ask({ type: 'print-to-pdf', webContentsId: this.id, options }));
  }

  isDestroyed() {
    return this.destroyed;
  }

  focus() {
    this.window.focus();
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return allWindows();
  }

  static fromWebContents(contents) {
    return allWindows().find((w) => w.webContents === contents) ?? null;
  }

  static getFocusedWindow() {
    return allWindows().find((w) => w.focused) ?? null;
  }

  constructor(options = {}) {
    super();
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    checkShape('new BrowserWindow', options, WINDOW_OPTIONS);
    checkShape('new BrowserWindow', options.webPreferences ?? {}, WEB_PREFERENCES, 'webPreferences');
    this.id = nextWindowId++;
    this.standinLabel = `BrowserWindow#${this.id}`;
    record('new BrowserWindow', options);
    const preload = options.webPreferences?.preload;
    // Electron only logs an unreadable preload; the page then runs without window.backstride.
    if (preload && !fs.existsSync(preload)) console.error(`Unable to load preload script: ${preload}`);
    this.options = options;
    this.minimum = { width: options.minWidth ?? 0, height: options.minHeight ?? 0 };
    const work = primaryDisplay().workArea;
    const width = Math.max(options.width ?? 800, this.minimum.width);
    const height = Math.max(options.height ?? 600, this.minimum.height);
    this.bounds = {
      x: options.x ?? Math.round((work.width - width) / 2),
      y: options.y ?? Math.round((work.height - height) / 2),
      width,
      height,
    };
    this.visible = options.show !== false;
    this.focused = false;
    this.minimized = false;
    this.maximized = false;
    this.destroyed = false;
    this.title = options.title ?? '';
    const self = strict(`BrowserWindow#${this.id}`, this);
    this.webContents = strict(`webContents`, new WebContents(self));
    windows.set(this.id, self);
    send({ type: 'window-create', windowId: this.id, webContentsId: this.webContents.id, options, bounds: this.bounds });
    app.emit('browser-window-created', preventable(), self);
    app.emit('web-contents-created', preventable(), this.webContents);
    return self;
  }

  loadURL(url, options) {
    return this.webContents.loadURL(url, options);
  }

  show() {
    record('BrowserWindow.show', this);
    this.visible = true;
    this.focus();
    this.emit('show');
  }

  hide() {
    this.visible = false;
    this.emit('hide');
  }

  isVisible() {
    return this.visible;
  }

  focus() {
    record('BrowserWindow.focus', this);
    this.focused = true;
    send({ type: 'window-focus', windowId: this.id });
    this.emit('focus');
  }

  isFocused() {
    return this.focused;
  }

  blur() {
    record('BrowserWindow.blur', this);
    this.focused = false;
    this.emit('blur');
  }

  minimize() {
    record('BrowserWindow.minimize', this);
    this.minimized = true;
    this.focused = false;
    this.emit('minimize');
  }

  isMinimized() {
    return this.minimized;
  }

  restore() {
    record('BrowserWindow.restore', this);
    this.minimized = false;
    this.emit('restore');
  }

  maximize() {
    record('BrowserWindow.maximize', this);
    if (this.maximized) return;
    this.maximized = true;
    const { width, height } = primaryDisplay().workArea;
    send({ type: 'window-size', windowId: this.id, width, height });
    this.emit('maximize');
  }

  unmaximize() {
    this.maximized = false;
    send({ type: 'window-size', windowId: this.id, width: this.bounds.width, height: this.bounds.height });
    this.emit('unmaximize');
  }

  isMaximized() {
    return this.maximized;
  }

  getBounds() {
    return this.maximized ? { ...primaryDisplay().workArea } : { ...this.bounds };
  }

  getNormalBounds() {
    return { ...this.bounds };
  }

  setBounds(bounds) {
    record('BrowserWindow.setBounds', this, bounds);
    checkShape('BrowserWindow.setBounds', bounds, { x: 'integer', y: 'integer', width: 'integer', height: 'integer' }, 'bounds');
    const next = { ...this.bounds, ...bounds };
    next.width = Math.max(next.width, this.minimum.width);
    next.height = Math.max(next.height, this.minimum.height);
    this.bounds = next;
    if (!this.maximized) send({ type: 'window-size', windowId: this.id, width: next.width, height: next.height });
    this.emit('resize');
    this.emit('move');
  }

  getTitle() {
    return this.title;
  }

  setTitle(title) {
    checkType('BrowserWindow.setTitle', 'title', title, 'string');
    this.title = title;
  }

  /** As the close button: 'close' (preventable), then the page's beforeunload; true once closed. */
  async tryClose() {
    if (this.destroyed) return true;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    const closed = await ask({ type: 'window-close', windowId: this.id });
    if (closed) this.markClosed();
    return closed;
  }

  close() {
    record('BrowserWindow.close', this);
    void this.tryClose();
  }

  destroy() {
    record('BrowserWindow.destroy', this);
    if (this.destroyed) return;
    send({ type: 'window-destroy', windowId: this.id });
    this.markClosed();
  }

  isDestroyed() {
    return this.destroyed;
  }

  markClosed() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    windows.delete(this.id);
    this.emit('closed');
    this.webContents.emit('destroyed');
    if (windows.size === 0) app.lastWindowClosed();
  }
}

onCommand('window', ({ windowId, action, args = [] }) => {
  const win = windowFor({ windowId: windowId ?? allWindows()[0]?.id });
  if (!['close', 'minimize', 'maximize', 'setBounds', 'focus', 'blur', 'show'].includes(action))
    throw new Error(`electron stand-in: no window action ${action}`);
  win[action](...args);
  return { bounds: win.getNormalBounds(), minimized: win.isMinimized(), maximized: win.isMaximized(), focused: win.isFocused() };
});

onCommand('will-navigate', ({ webContentsId, url }) => {
  const contents = windowFor({ webContentsId }).webContents;
  const event = preventable({ url, isSameDocument: false, isMainFrame: true });
  contents.emit('will-navigate', event, url);
  record('will-navigate', url, event.defaultPrevented ? 'prevented' : 'allowed');
  return { prevented: event.defaultPrevented };
});

onCommand('window-open', ({ webContentsId, url, frameName, features }) => {
  const contents = windowFor({ webContentsId }).webContents;
  const answer = contents.windowOpenHandler
    ? contents.windowOpenHandler({
        url,
        frameName,
        features,
        disposition: 'new-window',
        referrer: { url: contents.url, policy: 'default' },
      })
    : { action: 'allow' };
  checkShape(
    'setWindowOpenHandler result',
    answer,
    { action: oneOf('allow', 'deny'), overrideBrowserWindowOptions: 'object', outlivesOpener: 'boolean' },
    'result',
  );
  record('window-open', url, answer.action);
  return answer.action;
});

onCommand('will-prevent-unload', ({ windowId }) => {
  const contents = windowFor({ windowId }).webContents;
  const event = preventable();
  contents.emit('will-prevent-unload', event);
  // In Electron, preventDefault() here means "ignore the page's beforeunload and close anyway".
  record('will-prevent-unload', event.defaultPrevented ? 'closes' : 'stays');
  return { closeAnyway: event.defaultPrevented };
});

onCommand('window-state', () =>
  allWindows().map((w) => ({
    id: w.id,
    webContentsId: w.webContents.id,
    url: w.webContents.url,
    bounds: w.getNormalBounds(),
    minimized: w.minimized,
    maximized: w.maximized,
    focused: w.focused,
    visible: w.visible,
    options: w.options,
  })),
);

export function contentsById(id) {
  const win = allWindows().find((w) => w.webContents.id === id);
  if (!win) throw new Error(`electron stand-in: no webContents ${id}`);
  return win.webContents;
}

/** The harness pushes an event to a window as main would (for specs written for every mode). */
onCommand('send-to-window', ({ windowId, channel, args }) => {
  windowFor({ windowId: windowId ?? allWindows()[0]?.id }).webContents.send(channel, ...args);
});
