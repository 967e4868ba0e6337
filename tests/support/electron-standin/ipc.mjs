// ipcMain: handlers the app registers, called when the page's preload invokes a channel.
import { EventEmitter } from 'node:events';
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { checkType, strict } from './strict.mjs';
import { contentsById } from './windows.mjs';

const handlers = new Map();

class IpcMain extends EventEmitter {
  on(channel, listener) {
    record('ipcMain.on', channel);
    checkType('ipcMain.on', 'channel', channel, 'string');
    checkType('ipcMain.on', 'listener', listener, 'function');
    return super.on(channel, listener);
  }

  handle(channel, listener) {
    record('ipcMain.handle', channel);
    checkType('ipcMain.handle', 'channel', channel, 'string');
    checkType('ipcMain.handle', 'listener', listener, 'function');
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  }

  handleOnce(channel, listener) {
    this.handle(channel, (...args) => {
      handlers.delete(channel);
      return listener(...args);
    });
  }

  removeHandler(channel) {
    checkType('ipcMain.removeHandler', 'channel', channel, 'string');
    handlers.delete(channel);
  }
}

export const ipcMain = strict('ipcMain', new IpcMain());

// What ipcRenderer.invoke reaches: the sender frame's URL is the page's own (app://…), as Electron reports it.
onCommand('ipc-invoke', async ({ webContentsId, senderUrl, channel, args }) => {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
  const sender = contentsById(webContentsId);
  const event = { sender, senderFrame: { url: senderUrl, origin: new URL(senderUrl).origin }, processId: 1, frameId: 1 };
  try {
    return structuredClone(await handler(event, ...args));
  } catch (error) {
    throw new Error(`Error invoking remote method '${channel}': ${error}`, { cause: error });
  }
});
