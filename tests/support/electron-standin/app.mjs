// `app`: ready after the entry module has run, paths, version, the single-instance lock, and quitting.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { allWindows } from './windows.mjs';
import { exitProcess, onCommand } from './host.mjs';
import { record } from './record.mjs';
import { checkShape, checkType, preventable, strict } from './strict.mjs';

const PATH_NAMES = [
  'home',
  'appData',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
];

/** The app's package.json: the nearest one above the entry script (out/main/index.js), as Electron reads it. */
function appPackage() {
  let dir = path.dirname(path.resolve(process.argv[1] ?? '.'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('electron stand-in: no package.json above the entry script');
    dir = parent;
  }
  return { dir, pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) };
}

class App extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = false;
    this.standinLabel = 'app';
    this.ready = false;
    this.quitting = false;
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    this.lockServer = null;
    this.pendingBeforeExit = null;
    this.loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  }

  setLoginItemSettings(settings) {
    checkShape('app.setLoginItemSettings', settings, { openAtLogin: 'boolean', path: 'string', args: 'array' });
    record('app.setLoginItemSettings', settings);
    this.loginItem = { ...this.loginItem, ...settings };
  }

  getLoginItemSettings() {
    return { ...this.loginItem };
  }

  whenReady() {
    return this.readyPromise;
  }

  isReady() {
    return this.ready;
  }

  getName() {
    return appPackage().pkg.productName ?? appPackage().pkg.name;
  }

  getVersion() {
    return appPackage().pkg.version;
  }

  getAppPath() {
    return appPackage().dir;
  }

  getPath(name) {
    record('app.getPath', name);
    checkType('app.getPath', 'name', name, 'string');
    if (!PATH_NAMES.includes(name)) throw new Error(`Failed to get '${name}' path`);
    const userData = process.env.BACKSTRIDE_STANDIN_USER_DATA;
    if (!userData) throw new Error('electron stand-in: BACKSTRIDE_STANDIN_USER_DATA is not set by the harness');
    if (name === 'userData' || name === 'sessionData') return userData;
    if (name === 'temp') return os.tmpdir();
    if (name === 'exe') return process.execPath;
    return path.join(userData, `standin-${name}`);
  }

  /** A lock file in userData, as Electron's SingletonLock; a later instance tells the holder through a socket. */
  requestSingleInstanceLock(additionalData) {
    record('app.requestSingleInstanceLock', additionalData);
    if (additionalData !== undefined) checkType('app.requestSingleInstanceLock', 'additionalData', additionalData, 'object');
    const dir = this.getPath('userData');
    fs.mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, 'SingletonLock');
    const socketPath = path.join(dir, 'SingletonSocket');
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    } catch {
      const holder = Number(fs.readFileSync(lock, 'utf8'));
      if (isAlive(holder)) {
        this.pendingBeforeExit = tellHolder(socketPath, { argv: process.argv, cwd: process.cwd(), additionalData: additionalData ?? {} });
        return false;
      }
      fs.writeFileSync(lock, String(process.pid));
    }
    fs.rmSync(socketPath, { force: true });
    this.lockServer = net.createServer((socket) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => {
        const { argv, cwd, additionalData: data } = JSON.parse(text);
        this.emit('second-instance', preventable(), argv, cwd, data);
      });
    });
    this.lockServer.listen(socketPath);
    this.lockServer.unref();
    process.on('exit', () => fs.rmSync(lock, { force: true }));
    return true;
  }

  quit() {
    record('app.quit');
    void this.runQuit();
  }

  exit(code = 0) {
    record('app.exit', code);
    checkType('app.exit', 'exitCode', code, 'integer');
    for (const win of allWindows()) win.destroy();
    exitProcess(code);
  }

  async runQuit() {
    if (this.quitting) return;
    this.quitting = true;
    if (!this.ready) {
      // Quitting before ready (a second instance): only the message to the first instance is waited for.
      await this.pendingBeforeExit;
      exitProcess(0);
      return;
    }
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return void (this.quitting = false);
    for (const win of allWindows()) {
      // A window that refuses to close (unsaved changes kept) cancels the quit, as in Electron.
      if (!(await win.tryClose())) return void (this.quitting = false);
    }
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return void (this.quitting = false);
    this.emit('quit', preventable(), 0);
    exitProcess(0);
  }

  /** Called by windows.mjs when the last window closed outside a quit. */
  lastWindowClosed() {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed');
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tellHolder(socketPath, message) {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath, () => socket.end(JSON.stringify(message)));
    socket.on('close', resolve);
    socket.on('error', resolve);
  });
}

const theApp = new App();
export const app = strict('app', theApp);

// Electron is ready after the entry script's synchronous run: protocols must be registered before then.
setImmediate(() => {
  if (theApp.quitting) return;
  theApp.ready = true;
  theApp.emit('will-finish-launching');
  theApp.emit('ready', preventable(), {});
  theApp.resolveReady();
});

onCommand('quit', () => app.quit());
onCommand('exit', () => app.exit(0));
