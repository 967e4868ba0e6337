/**
 * A check-in whose save fails is answered with the failure, never ok, and is kept in a small
 * pending file when there is room for it: it survives a restart and is cleared once saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../../../../src/lib/history/types';
import { checkIn } from '../../../../../support/history';
import { addDays, localDateOf } from '../../../../../../src/lib/history/dates';
import { faultyFs, type FaultyFs } from '../../../../../support/faulty-fs';
import { startMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';
import { historyFileOf } from '../../../../../support/history-files';

let temp: ReturnType<typeof makeTempDir>;
let faulty: FaultyFs;
beforeEach(() => {
  temp = makeTempDir();
  faulty = faultyFs();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

const note = (text: string) => checkIn({ painNow: 4, note: text.padEnd(1500, '.') });
const ids = (value: unknown) => (value as Session[]).map((s) => s.id);

describe('a check-in that could not be saved', () => {
  it('is refused as disk-full, kept in the pending file, offered again after a restart, and cleared once saved', async () => {
    const main = startMainProcess(temp.dir, { writeFs: faulty });
    const first = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('first') });
    const second = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('second') });
    const history = fs.readFileSync(path.join(temp.dir, 'history.json'));

    // Room for a small file (4 KB), not for the history.
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 4096 };
    const refused = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('third') });
    expect(refused).toEqual({ ok: false, error: { code: 'disk-full', message: expect.stringContaining('The disk is full'), issues: [] } });
    expect(fs.readFileSync(path.join(temp.dir, 'history.json')).equals(history)).toBe(true);

    const restarted = startMainProcess(temp.dir);
    expect(ids(((await restarted.invoke('sessions:list')) as { value: unknown }).value)).toEqual(
      [first, second].map((r) => (r as { value: Session }).value.id),
    );
    const pending = await restarted.invoke('sessions:get-pending-check-in');
    expect(pending).toEqual({ ok: true, value: { sessionId: null, checkIn: note('third'), failedAt: expect.any(String) } });

    const retried = await restarted.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('third') });
    expect(retried.ok).toBe(true);
    expect(await restarted.invoke('sessions:get-pending-check-in')).toEqual({ ok: true, value: null });
    expect(await startMainProcess(temp.dir).invoke('sessions:get-pending-check-in')).toEqual({ ok: true, value: null });
  });

  it('keeps the missed day a check-in was for, so it comes back on that day and not today', async () => {
    const main = startMainProcess(temp.dir, { writeFs: faulty });
    // A year file bigger than the 4 KB left; the pending file is smaller.
    for (const text of ['a', 'b', 'c']) await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note(text.repeat(1900)) });
    const day = addDays(localDateOf(new Date()), -3);
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 4096 };
    const refused = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('missed'), localDate: day });
    expect(refused.ok).toBe(false);

    const restarted = startMainProcess(temp.dir);
    expect(await restarted.invoke('sessions:get-pending-check-in')).toEqual({
      ok: true,
      value: { sessionId: null, checkIn: note('missed'), localDate: day, failedAt: expect.any(String) },
    });
  });

  it('is still refused in plain words when not even the pending file fits', async () => {
    const main = startMainProcess(temp.dir, { writeFs: faulty });
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    const refused = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('lost?') });
    expect(refused).toEqual({ ok: false, error: { code: 'disk-full', message: expect.stringContaining('The disk is full'), issues: [] } });
    expect(await main.invoke('sessions:get-pending-check-in')).toEqual({ ok: true, value: null });
    expect(fs.existsSync(path.join(temp.dir, 'pending.json'))).toBe(false);
  });

  it('an I/O error or a read-only folder is reported with its own code, and the runner can discard the kept check-in', async () => {
    const main = startMainProcess(temp.dir, { writeFs: faulty });
    faulty.fault = { kind: 'errno', call: 'fsyncSync', code: 'EIO' };
    expect(await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('a') })).toMatchObject({
      ok: false,
      error: { code: 'io-error' },
    });
    faulty.fault = { kind: 'errno', call: 'openSync', code: 'EROFS' };
    expect(await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('b') })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    faulty.fault = { kind: 'errno', call: 'renameSync', code: 'EIO' };
    expect(await main.invoke('settings:update', { distanceUnit: 'mi' })).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(await main.invoke('player:set-pain-before', { pain: 3 })).toMatchObject({ ok: false, error: { code: 'io-error' } });
    faulty.fault = null;
    expect(await main.invoke('settings:get')).toMatchObject({ ok: true, value: { distanceUnit: 'km' } });
    expect(await main.invoke('sessions:list')).toEqual({ ok: true, value: [] });
    expect(await main.invoke('sessions:discard-pending-check-in')).toEqual({ ok: true, value: null });
    expect(await main.invoke('sessions:get-pending-check-in')).toEqual({ ok: true, value: null });
  });

  it('a store file replaced by a folder while the app runs: refused in plain words, the folder left alone, the app keeps answering', async () => {
    const main = startMainProcess(temp.dir);
    const saved = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('kept') });
    const historyFile = historyFileOf(temp.dir, (saved as { value: Session }).value.localDate);
    fs.rmSync(historyFile);
    fs.mkdirSync(historyFile);
    const refused = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: note('refused') });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: expect.stringMatching(/^There is a folder where the file for your history should be/),
        issues: [],
      },
    });
    expect(fs.statSync(historyFile).isDirectory()).toBe(true);
    expect(ids(((await main.invoke('sessions:list')) as { value: unknown }).value)).toEqual([(saved as { value: Session }).value.id]);
    expect(await main.invoke('sessions:get-pending-check-in')).toMatchObject({ ok: true, value: { checkIn: note('refused') } });
  });
});
