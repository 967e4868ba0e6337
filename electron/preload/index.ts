/**
 * Exposes exactly the contract's methods and events on window.backstride — never ipcRenderer
 * itself, never a channel the contract does not name — and the path of a dropped file.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_GLOBAL, EVENT_NAMES, METHODS, type BackstrideApi, type EventName } from '../../src/lib/ipc/contract';

const methods = Object.fromEntries(
  Object.entries(METHODS).map(([method, channel]) => [method, (arg?: unknown) => ipcRenderer.invoke(channel, arg)]),
);

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`);
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => void ipcRenderer.removeListener(event, wrapped);
}

// With contextIsolation and sandbox a dropped File carries no path; only the preload can ask Electron for it.
const pathForFile = (file: File): string => webUtils.getPathForFile(file);

const api = { ...methods, on, pathForFile } as unknown as BackstrideApi;
contextBridge.exposeInMainWorld(API_GLOBAL, api);
