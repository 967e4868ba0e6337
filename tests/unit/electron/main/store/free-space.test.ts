/**
 * Large writes (import, restore, the daily backup, an export) check free space first and refuse,
 * before touching anything, when they would not fit. fs.statfsSync is made to report a nearly
 * full disk; everything else is the real file system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDir } from '../../../../../electron/main/store/backups';
import { exportHistory } from '../../../../../src/lib/history/exchange';
import type { Session } from '../../../../../src/lib/history/types';
import { checkIn } from '../../../../support/history';
import { buildImportWorker } from '../../../../support/import-worker';
import { startMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';
import { historyYearFiles } from '../../../../support/history-files';

let temp: ReturnType<typeof makeTempDir>;
let workerFile: string;
beforeAll(async () => {
  workerFile = await buildImportWorker();
}, 60_000);
beforeEach(() => (temp = makeTempDir()));
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

const onDay = (day: number) => () => new Date(Date.UTC(2026, 10, day, 12));
// The year file every session of these tests lands in (the history keeps one file a year).
const historyFile = () => path.join(temp.dir, 'history-2026.json');

const sessionFile = (sub: string) => historyYearFiles(path.join(temp.dir, sub))[0]!;

/** From now on the disk reports only `bytes` free. */
function diskFreeOnly(bytes: number): void {
  const real = fs.statfsSync;
  vi.spyOn(fs, 'statfsSync').mockImplementation(((p: fs.PathLike) => ({
    ...real(p),
    bavail: Math.floor(bytes / 4096),
    bsize: 4096,
  })) as typeof fs.statfsSync);
}

async function saveSessions(main: ReturnType<typeof startMainProcess>, count: number): Promise<Session[]> {
  const saved: Session[] = [];
  for (let i = 0; i < count; i++) {
    const result = await main.invoke('sessions:save-check-in', {
      sessionId: null,
      checkIn: checkIn({ painNow: 2, note: 'n'.repeat(1500) }),
    });
    if (!result.ok) throw new Error(result.error.message);
    saved.push(result.value as Session);
  }
  return saved;
}

describe('free space before large writes', () => {
  it('an import that would not fit is refused before the history is touched, and goes through once there is room', async () => {
    const source = startMainProcess(path.join(temp.dir, 'other'));
    const sessions = await saveSessions(source, 45); // a day holds at most 50
    const file = path.join(temp.dir, 'export.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory(sessions, new Date())));

    const main = startMainProcess(path.join(temp.dir, 'mine'), { importWorkerFile: workerFile });
    await saveSessions(main, 1);
    const before = fs.readFileSync(sessionFile('mine'));
    main.platform.openPath = file;
    const preview = await main.invoke('history:import-preview');
    if (!preview.ok || !preview.value) throw new Error(`no preview: ${JSON.stringify(preview)}`);
    const token = (preview.value as { token: string }).token;

    diskFreeOnly(40 * 1024);
    const refused = await main.invoke('history:import-confirm', { token });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message: expect.stringMatching(
          /^The disk is too full for this import: it needs about \d+ KB and 40 KB is free\. Nothing was changed/,
        ),
        issues: [],
      },
    });
    expect(fs.readFileSync(sessionFile('mine')).equals(before)).toBe(true);

    vi.restoreAllMocks();
    expect(await main.invoke('history:import-confirm', { token })).toEqual({ ok: true, value: { added: 45 } });
  });

  it('a restore that would not fit is refused before the current history is copied aside or replaced', async () => {
    await saveSessions(startMainProcess(temp.dir, { now: onDay(1) }), 30);
    const day2 = startMainProcess(temp.dir, { now: onDay(2) }); // takes the day-2 backup
    await saveSessions(day2, 1);
    const before = fs.readFileSync(historyFile());

    diskFreeOnly(80 * 1024);
    const listed = await day2.invoke('history:list-backups');
    const backup = listed.ok ? (listed.value as { id: string; date: string }[]).find((b) => b.date === '2026-11-02') : undefined;
    if (!backup) throw new Error('no day-2 backup listed');
    const refused = await day2.invoke('history:restore-backup', { id: backup.id });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disk-full', message: expect.stringMatching(/^The disk is too full for this restore/), issues: [] },
    });
    expect(fs.readFileSync(historyFile()).equals(before)).toBe(true);
    expect(fs.readdirSync(temp.dir).filter((name) => name.includes('before-restore'))).toEqual([]);
    expect((await day2.invoke('sessions:list')).ok && day2.stores.history.read().sessions).toHaveLength(31);
  });

  it("today's backup is skipped when it would not fit, and the app still opens", async () => {
    await saveSessions(startMainProcess(temp.dir, { now: onDay(1) }), 30);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    diskFreeOnly(10 * 1024);
    const day2 = startMainProcess(temp.dir, { now: onDay(2) });
    expect(day2.stores.history.read().sessions).toHaveLength(30);
    // Day 1 had no history at launch, so there was no backup before either; no partial copy is left.
    expect(fs.existsSync(backupDir(temp.dir)) ? fs.readdirSync(backupDir(temp.dir)) : []).toEqual([]);
    expect(console.error).toHaveBeenCalledWith('[backup] the daily history backup failed', expect.objectContaining({ kind: 'disk-full' }));
  });

  it('an export that would not fit is refused in plain words, with no file written', async () => {
    const main = startMainProcess(temp.dir);
    await saveSessions(main, 30);
    main.platform.saveToDir = path.join(temp.dir, 'out');
    fs.mkdirSync(main.platform.saveToDir);
    diskFreeOnly(8 * 1024);
    const refused = await main.invoke('history:export', { format: 'json' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disk-full', message: expect.stringMatching(/^The disk is too full for this file/), issues: [] },
    });
    expect(fs.readdirSync(main.platform.saveToDir)).toEqual([]);
  });
});
