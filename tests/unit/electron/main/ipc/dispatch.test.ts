import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMainProcess, type TestMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';
import { CHANNELS } from '../../../../../electron/main/ipc/dispatch';
import { METHODS } from '../../../../../src/lib/ipc/contract';

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;

beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir);
});
afterEach(() => temp.cleanup());

const settingsFile = () => path.join(temp.dir, 'settings.json');

describe('IPC dispatch over a real store', () => {
  it('accepts a valid settings change and writes it to disk', async () => {
    const result = await main.invoke('settings:update', { distanceUnit: 'mi', weekStartDay: 0 });
    expect(result).toMatchObject({ ok: true, value: { distanceUnit: 'mi', weekStartDay: 0 } });
    const onDisk = JSON.parse(fs.readFileSync(settingsFile(), 'utf8'));
    expect(onDisk.settings.distanceUnit).toBe('mi');
    expect(onDisk.schemaVersion).toBe(1);
  });

  it('rejects bad payloads with a clear error and leaves the file byte-identical', async () => {
    await main.invoke('settings:update', { theme: 'dark' });
    const before = fs.readFileSync(settingsFile());
    const bad: unknown[] = [
      { theme: 'neon' },
      { getReadySec: Number.NaN },
      { getReadySec: Number.POSITIVE_INFINITY },
      { cues: { tones: true } },
      { weekStartDay: 7 },
      { doorRoutineIds: { before: '../../etc/passwd', after: 'x' } },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      JSON.parse('{"theme": "dark", "constructor": {"prototype": {"x": 1}}}'),
      'x'.repeat(100_000),
      [1, 2, 3],
      null,
    ];
    for (const payload of bad) {
      const result = await main.invoke('settings:update', payload);
      expect(result.ok, JSON.stringify(payload)?.slice(0, 60)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message.length).toBeGreaterThan(10);
        expect(result.error.message).not.toContain('settings:update');
      }
    }
    expect(fs.readFileSync(settingsFile()).equals(before)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown channels, without repeating the name', async () => {
    const result = await main.invoke('fs:delete-everything', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Backstride does not know that request.', issues: [] },
    });
    expect((await main.invoke('__proto__')).ok).toBe(false);
    expect((await main.invoke(42)).ok).toBe(false);
  });

  it('refuses an argument on a call that takes none', async () => {
    const result = await main.invoke('settings:get', { sneaky: true });
    expect(result.ok).toBe(false);
  });

  it('has a handler and a validator for every method the preload exposes', () => {
    expect(new Set(Object.values(METHODS))).toEqual(new Set(CHANNELS));
  });

  it('keeps settings across a restart of the main process', async () => {
    await main.invoke('settings:update', { switchSidesSec: 8 });
    const restarted = startMainProcess(temp.dir);
    const result = await restarted.invoke('settings:get');
    expect(result).toMatchObject({ ok: true, value: { switchSidesSec: 8 } });
  });
});
