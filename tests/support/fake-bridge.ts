/**
 * For component tests only: a window.backstride whose calls go straight to the real main-process
 * handler table over a real store in a temp directory (no Electron, no browser).
 */
import { METHODS, API_GLOBAL, type EventName } from '../../src/lib/ipc/contract';
import { startMainProcess, type MainProcessOptions, type TestMainProcess } from './main-process';

export function installBridge(
  dataDir: string,
  options: MainProcessOptions = {},
): { main: TestMainProcess; emit: (event: EventName, payload?: unknown) => void; uninstall: () => void } {
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
  (globalThis as Record<string, unknown>)[API_GLOBAL] = api;
  return {
    main,
    emit: (event, payload) => listeners.get(event)?.forEach((fn) => fn(payload)),
    uninstall: () => delete (globalThis as Record<string, unknown>)[API_GLOBAL],
  };
}
