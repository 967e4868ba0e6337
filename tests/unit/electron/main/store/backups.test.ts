import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir } from '../../../../../electron/main/store/backups';
import type { Session } from '../../../../../src/lib/history/types';
import { startMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const onDay = (day: number) => () => new Date(Date.UTC(2026, 10, day, 12));
const checkIn = { painNow: 2, painBefore: null, locations: [], kinds: [], redFlags: [], dayType: 'rest', crossTrainingKind: '', distanceKm: null, durationSec: null, note: '' };

describe('automatic history backups', () => {
  it('keeps one copy a day, only the last 7 days', async () => {
    for (let day = 1; day <= 10; day++) {
      const main = startMainProcess(temp.dir, { now: onDay(day) });
      await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    }
    const files = fs.readdirSync(backupDir(temp.dir)).sort();
    expect(files).toEqual(['04', '05', '06', '07', '08', '09', '10'].map((d) => `history-2026-11-${d}.json`));
    const listed = await startMainProcess(temp.dir, { now: onDay(10) }).invoke('history:list-backups');
    // The backup of day 10 was taken at launch on day 10, before that day's check-in: 9 sessions.
    expect(listed.ok && (listed.value as unknown[])[0]).toEqual({ date: '2026-11-10', sessionCount: 9 });
    expect(listed.ok && (listed.value as unknown[]).length).toBe(7);
  });

  it('restores a corrupted history from the backup, keeping the damaged file and the current one', async () => {
    const day1 = startMainProcess(temp.dir, { now: onDay(1) });
    await day1.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    await day1.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    startMainProcess(temp.dir, { now: onDay(2) }); // the launch on day 2 backs up both sessions
    fs.writeFileSync(path.join(temp.dir, 'history.json'), '{"schemaVersion":1,"sessions":[{"id":');

    const day3 = startMainProcess(temp.dir, { now: onDay(3) });
    expect(day3.stores.issues.map((i) => i.store)).toEqual(['history']);
    expect(await day3.invoke('sessions:list')).toEqual({ ok: true, value: [] });
    expect(await day3.invoke('history:restore-backup', { date: '2026-11-02' })).toEqual({ ok: true, value: { sessionCount: 2 } });
    const restored = (await day3.invoke('sessions:list')) as { value: Session[] };
    expect(restored.value).toHaveLength(2);
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('history.broken-'))).toHaveLength(1);
    // Restoring over a history that has sessions keeps that history aside first.
    await day3.invoke('history:restore-backup', { date: '2026-11-02' });
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('history.before-restore-'))).toHaveLength(1);
    expect((await day3.invoke('history:restore-backup', { date: '2026-10-01' })).ok).toBe(false);
  });

  it('an app left open past midnight backs up the history at the first change of the new day', async () => {
    let now = onDay(1)();
    const main = startMainProcess(temp.dir, { now: () => now });
    await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    now = onDay(2)();
    expect(fs.existsSync(path.join(backupDir(temp.dir), 'history-2026-11-02.json'))).toBe(false);
    await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    // The day's backup is the history as the new day found it: the one session of day 1 (day 1 began with none).
    const listed = await main.invoke('history:list-backups');
    expect(listed.ok && listed.value).toEqual([{ date: '2026-11-02', sessionCount: 1 }]);
  });
});
