/**
 * For component tests only: a window.backstride whose calls go straight to the real main-process
 * handler table over a real store in a temp directory (no Electron, no browser).
 */
import { METHODS, API_GLOBAL, type EventName } from '../../src/lib/ipc/contract';
import { startMainProcess, type MainProcessOptions, type TestMainProcess } from './main-process';

export function installBridge(
  dataDir: string,
  options: MainProcessOptions = {},
): {
  main: TestMainProcess;
  emit: (event: EventName, payload?: unknown) => void;
  /** The disk path each dropped File has, as Electron's webUtils would give it ('' for any other). */
  filePaths: Map<File, string>;
  uninstall: () => void;
} {
  const main = startMainProcess(dataDir, options);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: Record<string, unknown> = Object.fromEntries(
    Object.entries(METHODS).map(([method, channel]) => [method, (arg?: unknown) => main.invoke(channel, structuredClone(arg))]),
  );
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
  const filePaths = new Map<File, string>();
  api.pathForFile = (file: File) => filePaths.get(file) ?? '';
  (globalThis as Record<string, unknown>)[API_GLOBAL] = api;
  return {
    main,
    emit: (event, payload) => listeners.get(event)?.forEach((fn) => fn(payload)),
    filePaths,
    uninstall: () => delete (globalThis as Record<string, unknown>)[API_GLOBAL],
  };
}
