/**
 * The one IPC contract: every channel the renderer may call, with its argument and result types,
 * and every event main may push. Imported by main (handlers, validators), preload (the exposed
 * method list) and renderer (the typed facade). Types only, plus the two name tables.
 */
import type { Settings } from '../settings/types';

export interface AppInfo {
  version: string;
  dataDir: string;
  /** 'electron' when running in the desktop shell, 'bridge' in browser tests. */
  shell: 'electron' | 'bridge';
}

/** Channel → argument and result. `void` means the call takes no argument. */
export interface IpcContract {
  'app:info': { arg: void; result: AppInfo };
  'settings:get': { arg: void; result: Settings };
  'settings:update': { arg: Partial<Settings>; result: Settings };
}

export type Channel = keyof IpcContract;
export type ArgOf<C extends Channel> = IpcContract[C]['arg'];
export type ResultOf<C extends Channel> = IpcContract[C]['result'];

/** The renderer-facing method name of each channel. The preload exposes exactly these. */
export const METHODS = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
} as const satisfies Record<string, Channel>;

export type MethodName = keyof typeof METHODS;

export type IpcErrorCode = 'invalid-argument' | 'not-found' | 'forbidden' | 'unknown-channel' | 'internal';

export interface IpcFailure {
  ok: false;
  error: { code: IpcErrorCode; message: string };
}

/** Every call resolves to this envelope: errors cross the boundary as data, never as throws. */
export type IpcResult<T> = { ok: true; value: T } | IpcFailure;

/** Events main pushes to the renderer, with their payloads. */
export interface IpcEvents {
  /** The machine is about to sleep or the screen locked: a running routine should pause. */
  'power:suspend': void;
  /** An app-menu command (its accelerator was pressed or the item clicked). */
  'menu:command': MenuCommand;
}

export type MenuCommand = 'go-home' | 'go-before' | 'go-after' | 'go-history' | 'go-routines' | 'go-settings';

export type EventName = keyof IpcEvents;
export const EVENT_NAMES = ['power:suspend', 'menu:command'] as const satisfies readonly EventName[];

type MethodArg<M extends MethodName> = ArgOf<(typeof METHODS)[M]>;

/** What the preload exposes on `window.backstride`: derived from the contract, never written by hand. */
export type BackstrideApi = {
  [M in MethodName]: MethodArg<M> extends void
    ? () => Promise<IpcResult<ResultOf<(typeof METHODS)[M]>>>
    : (arg: MethodArg<M>) => Promise<IpcResult<ResultOf<(typeof METHODS)[M]>>>;
} & {
  /** Listen to a main-process event; returns an unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};

export const API_GLOBAL = 'backstride';
