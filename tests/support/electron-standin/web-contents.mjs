// A BrowserWindow's webContents: loads, sends and prints through the harness's page for that window.
import { EventEmitter } from 'node:events';
import { ask, send } from './host.mjs';
import { record } from './record.mjs';
import { session } from './session.mjs';
import { checkShape, checkType, oneOf, preventable } from './strict.mjs';

let nextContentsId = 1;

export class WebContents extends EventEmitter {
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
