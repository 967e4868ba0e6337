/**
 * A real full disk: the data folder on a 400 KB tmpfs, check-ins with 2,000-character notes saved
 * through the app's own handlers until the disk is full. No save reported ok may be lost, and the
 * history must still open. Where mounting is not allowed the tests say so and skip; the injected
 * short-write tests (checked-write.test.ts) still run.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import type { Session } from '../../../../../src/lib/history/types';
import { historyYearFiles, sessionsOnDisk } from '../../../../support/history-files';
import { checkIn } from '../../../../support/history';
import { startMainProcess } from '../../../../support/main-process';
import { mountSmallDisk, remount, type SmallDisk } from '../../../../support/tmpfs';

let disk: SmallDisk;
beforeEach(() => {
  disk = mountSmallDisk('400k');
});
afterEach(() => {
  if ('dir' in disk) disk.unmount();
});

function dataDir(ctx: TestContext): string {
  if ('unavailable' in disk) ctx.skip(disk.unavailable);
  return (disk as { dir: string }).dir;
}

const numbered = (n: number) => checkIn({ painNow: n % 11, note: `${n} `.padEnd(2000, 'x') });

describe('the history on a 400 KB disk', () => {
  it('saves until full: the first refusal is reported, every ok save is kept, and the app reopens with all of them', async (ctx) => {
    const dir = dataDir(ctx);
    const main = startMainProcess(dir);
    const acknowledged: string[] = [];
    let firstRefusal: { code: string; message: string } | null = null;
    let attemptsAfterRefusal = 0;
    for (let n = 0; n < 400 && attemptsAfterRefusal < 20; n++) {
      const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: numbered(n) });
      if (result.ok) acknowledged.push((result.value as Session).id);
      else firstRefusal ??= result.error;
      if (firstRefusal) attemptsAfterRefusal++;
    }

    expect(firstRefusal).toEqual({
      code: 'disk-full',
      message: expect.stringMatching(/^The disk is full: your history could not be saved/),
      issues: [],
    });
    expect(acknowledged.length).toBeGreaterThan(50);
    expect(sessionsOnDisk(dir).map((s) => s.id)).toEqual(acknowledged);
    // What the running app shows is what is on disk.
    const listed = await main.invoke('sessions:list');
    expect(listed.ok && (listed.value as Session[]).map((s) => s.id)).toEqual(acknowledged);

    const relaunched = startMainProcess(dir);
    expect(relaunched.stores.issues).toEqual([]);
    const after = await relaunched.invoke('sessions:list');
    expect(after.ok && (after.value as Session[]).map((s) => s.id)).toEqual(acknowledged);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    console.log(`full disk: ${acknowledged.length} saves acknowledged, all on disk; first refusal: ${firstRefusal!.message}`);
  });

  it('a data folder made read-only: the save is refused as such, the history is kept, and saving works again once writable', async (ctx) => {
    const dir = dataDir(ctx);
    const main = startMainProcess(dir);
    const first = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: numbered(1) });
    expect(first.ok).toBe(true);
    const [yearFile] = historyYearFiles(dir);
    const good = fs.readFileSync(yearFile!, 'utf8');
    remount(dir, 'ro');
    const refused = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: numbered(2) });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'read-only', message: expect.stringMatching(/cannot be written to/), issues: [] },
    });
    expect(fs.readFileSync(yearFile!, 'utf8')).toBe(good);
    remount(dir, 'rw');
    const retried = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: numbered(2) });
    expect(retried.ok).toBe(true);
    const reopened = await startMainProcess(dir).invoke('sessions:list');
    expect(reopened.ok && (reopened.value as Session[]).map((s) => s.checkIn?.painNow)).toEqual([1, 2]);
  });
});
