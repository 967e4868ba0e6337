/** The renderer's facade: a value main returns arrives unwrapped; a refusal arrives as an IpcCallError a form can read. */
import { afterEach, describe, expect, it } from 'vitest';
import { api, IpcCallError } from '../../../../src/lib/ipc/api';
import { API_GLOBAL } from '../../../../src/lib/ipc/contract';

const globals = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete globals[API_GLOBAL];
});

describe('api', () => {
  it('passes the arguments through and resolves with the value inside main’s envelope', async () => {
    const calls: unknown[][] = [];
    globals[API_GLOBAL] = {
      getSettings: async (...args: unknown[]) => {
        calls.push(args);
        return { ok: true, value: { getReadySec: 5 } };
      },
    };
    await expect(api.getSettings()).resolves.toEqual({ getReadySec: 5 });
    expect(calls).toEqual([[]]);
  });

  it('throws main’s refusal as an IpcCallError with its code, words and issues', async () => {
    const issues = [{ path: 'getReadySec', message: 'Get-ready is at most 60 seconds.' }];
    globals[API_GLOBAL] = {
      updateSettings: async () => ({ ok: false, error: { code: 'invalid-argument', message: 'Get-ready is at most 60 seconds.', issues } }),
    };
    const error = await api.updateSettings({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcCallError);
    expect(error).toMatchObject({ name: 'IpcCallError', code: 'invalid-argument', message: 'Get-ready is at most 60 seconds.', issues });
  });

  it('gives a refusal without issues an empty list, so forms need not check', async () => {
    globals[API_GLOBAL] = { getSettings: async () => ({ ok: false, error: { code: 'internal', message: 'boom' } }) };
    await expect(api.getSettings()).rejects.toMatchObject({ code: 'internal', issues: [] });
  });

  it('says plainly when the window has no connection to main', async () => {
    await expect(api.getSettings()).rejects.toThrow('Backstride is not connected to its main process');
  });
});
