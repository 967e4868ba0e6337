// BrowserWindow: each window is a Chromium page the harness opens and drives (its webContents in web-contents.mjs).
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { app } from './app.mjs';
import { ask, send } from './host.mjs';
import { record } from './record.mjs';
import { primaryDisplay } from './system.mjs';
import { checkShape, checkType, oneOf, preventable, strict } from './strict.mjs';
import { WebContents } from './web-contents.mjs';
import { WEB_PREFERENCES, WINDOW_OPTIONS } from './window-options.mjs';

const windows = new Map();
let nextWindowId = 1;

export function allWindows() {
  return [...windows.values()];
}

export function windowFor(message) {
  const win = windows.get(message.windowId) ?? allWindows().find((w) => w.webContents.id === message.webContentsId);
  if (!win) throw new Error(`electron stand-in: no window ${message.windowId ?? message.webContentsId}`);
  return win;
}

export function contentsById(id) {
  const win = allWindows().find((w) => w.webContents.id === id);
  if (!win) throw new Error(`electron stand-in: no webContents ${id}`);
  return win.webContents;
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
    this.alwaysOnTop = false;
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

  getMinimumSize() {
    return [this.minimum.width, this.minimum.height];
  }

  setMinimumSize(width, height) {
    record('BrowserWindow.setMinimumSize', this, width, height);
    checkType('BrowserWindow.setMinimumSize', 'width', width, 'integer');
    checkType('BrowserWindow.setMinimumSize', 'height', height, 'integer');
    this.minimum = { width, height };
  }

  setAlwaysOnTop(flag, level) {
    record('BrowserWindow.setAlwaysOnTop', this, flag, ...(level === undefined ? [] : [level]));
    checkType('BrowserWindow.setAlwaysOnTop', 'flag', flag, 'boolean');
    if (level !== undefined)
      checkType(
        'BrowserWindow.setAlwaysOnTop',
        'level',
        level,
        oneOf('normal', 'floating', 'torn-off-menu', 'modal-panel', 'main-menu', 'status', 'pop-up-menu', 'screen-saver'),
      );
    this.alwaysOnTop = flag;
    this.emit('always-on-top-changed', preventable(), flag);
  }

  isAlwaysOnTop() {
    return this.alwaysOnTop;
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
