import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;

beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir);
});
afterEach(() => temp.cleanup());

describe('player:compact', () => {
  it('turns the window into the compact player and back', async () => {
    expect(await main.invoke('player:compact', { on: true })).toEqual({ ok: true, value: null });
    expect(await main.invoke('player:compact', { on: false })).toEqual({ ok: true, value: null });
    expect(main.platform.compactCalls).toEqual([true, false]);
  });

  it('refuses anything but { on: true | false }, and leaves the window alone', async () => {
    for (const arg of [
      undefined,
      {},
      { on: 'yes' },
      { on: 1 },
      { on: true, bounds: { width: 10 } },
      JSON.parse('{"on":true,"__proto__":{"x":1}}'),
    ]) {
      const result = await main.invoke('player:compact', arg);
      expect(result.ok, JSON.stringify(arg)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
    expect(main.platform.compactCalls).toEqual([]);
  });
});
