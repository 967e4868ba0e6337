/**
 * The renderer's one door to main: typed calls that unwrap the IPC envelope.
 * Components call these (through stores), never window.backstride directly.
 */
import { API_GLOBAL, METHODS, type BackstrideApi, type IpcErrorCode, type IpcFailure, type IpcIssue, type MethodName } from './contract';

/** A call main refused: its code, its plain-words message and the refused values (read by the forms). */
export class IpcCallError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues: IpcIssue[] = [],
  ) {
    super(message);
    this.name = 'IpcCallError';
  }
}

function bridge(): BackstrideApi {
  const api = (globalThis as unknown as Record<string, BackstrideApi | undefined>)[API_GLOBAL];
  if (!api) throw new Error('Backstride is not connected to its main process (window.backstride is missing).');
  return api;
}

type Unwrapped = {
  [M in MethodName]: BackstrideApi[M] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<R extends { ok: true; value: infer V } ? V : never>
    : never;
};

export const api: Unwrapped = Object.fromEntries(
  (Object.keys(METHODS) as MethodName[]).map((method) => [
    method,
    async (...args: unknown[]) => {
      const call = bridge()[method] as (...a: unknown[]) => Promise<{ ok: true; value: unknown } | IpcFailure>;
      const result = await call(...args);
      if (!result.ok) throw new IpcCallError(result.error.code, result.error.message, result.error.issues ?? []);
      return result.value;
    },
  ]),
) as Unwrapped;

export const onMainEvent: BackstrideApi['on'] = (event, listener) => bridge().on(event, listener);

/** The disk path of a file dropped on the window ('' when it has none). */
export const pathForFile = (file: File): string => bridge().pathForFile(file);
