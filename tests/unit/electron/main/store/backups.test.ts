import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir } from '../../../../../electron/main/store/backups';
import { emptyDiaryFields } from '../../../../../src/lib/history/check-in';
import type { Session } from '../../../../../src/lib/history/types';
import { startMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const onDay = (day: number) => () => new Date(Date.UTC(2026, 10, day, 12));
const checkIn = {
  painNow: 2,
  painBefore: null,
  locations: [],
  kinds: [],
  redFlags: [],
  dayType: 'rest',
  crossTrainingKind: '',
  distanceKm: null,
  durationSec: null,
  note: '',
  ...emptyDiaryFields(),
};

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
    expect(listed.ok && (listed.value as unknown[])[0]).toEqual({
      id: 'history-2026-11-10',
      kind: 'daily',
      date: '2026-11-10',
      takenAt: null,
      sessionCount: 9,
    });
    expect(listed.ok && (listed.value as unknown[]).length).toBe(7);
  });

  it('restores a corrupted history from the backup, keeping the damaged file and the current one', async () => {
    const day1 = startMainProcess(temp.dir, { now: onDay(1) });
    await day1.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    await day1.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    startMainProcess(temp.dir, { now: onDay(2) }); // the launch on day 2 backs up both sessions
    fs.writeFileSync(path.join(temp.dir, 'history-2026.json'), '{"schemaVersion":2,"sessions":[{"id":');

    const day3 = startMainProcess(temp.dir, { now: onDay(3) });
    expect(day3.stores.issues.map((i) => i.store)).toEqual(['history']);
    expect(await day3.invoke('sessions:list')).toEqual({ ok: true, value: [] });
    expect(await day3.invoke('history:restore-backup', { id: 'history-2026-11-02' })).toEqual({ ok: true, value: { sessionCount: 2 } });
    const restored = (await day3.invoke('sessions:list')) as { value: Session[] };
    expect(restored.value).toHaveLength(2);
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('history-2026.broken-'))).toHaveLength(1);
    // Restoring over a history that has sessions keeps that history aside first.
    await day3.invoke('history:restore-backup', { id: 'history-2026-11-02' });
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('history.before-restore-'))).toHaveLength(1);
    expect((await day3.invoke('history:restore-backup', { id: 'history-2026-10-01' })).ok).toBe(false);
    expect((await day3.invoke('history:restore-backup', { id: '../settings' })).ok).toBe(false);
  });

  it('lists the copies kept before restores, keeps only the newest 3, and can restore one (undoing a restore)', async () => {
    const day1 = startMainProcess(temp.dir, { now: onDay(1) });
    await day1.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    let clock = new Date('2026-11-02T09:00:00.000Z');
    const day2 = startMainProcess(temp.dir, { now: () => clock }); // backs up 1 session
    await day2.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + 60_000);
      expect((await day2.invoke('history:restore-backup', { id: 'history-2026-11-02' })).ok).toBe(true);
    }
    const copies = fs.readdirSync(temp.dir).filter((f) => f.startsWith('history.before-restore-'));
    expect(copies).toHaveLength(3);
    const listed = (await day2.invoke('history:list-backups')) as {
      ok: true;
      value: { id: string; kind: string; takenAt: string | null; sessionCount: number | null }[];
    };
    const before = listed.value.filter((b) => b.kind === 'before-restore');
    expect(before.map((b) => b.takenAt)).toEqual(['2026-11-02T09:05:00.000Z', '2026-11-02T09:04:00.000Z', '2026-11-02T09:03:00.000Z']);
    // The first restore's copy (2 sessions) is pruned; the later ones hold the restored 1 session.
    expect(before.map((b) => b.sessionCount)).toEqual([1, 1, 1]);
    expect(await day2.invoke('history:restore-backup', { id: before[0]!.id })).toEqual({ ok: true, value: { sessionCount: 1 } });
  });

  it('prunes a backup dated in the future once it is old, and it never holds one of the 7 slots', async () => {
    const dir = backupDir(temp.dir);
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, 'history-2027-06-01.json');
    const fresh = path.join(dir, 'history-2027-06-02.json');
    for (const file of [stale, fresh]) fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, sessions: [] }));
    const monthAgo = new Date(Date.UTC(2026, 9, 10));
    fs.utimesSync(stale, monthAgo, monthAgo);
    for (let day = 1; day <= 10; day++) {
      const main = startMainProcess(temp.dir, { now: onDay(day) });
      await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    }
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10'].map((d) => `history-2026-11-${d}.json`),
      'history-2027-06-02.json',
    ]);
  });

  it('removes temp files left by killed writes at launch, and nothing else', () => {
    const leftovers = ['history.json.tmp-1764140000a1b2c3', 'settings.json.tmp-1764140001ffffff'];
    for (const name of leftovers) fs.writeFileSync(path.join(temp.dir, name), '{"half":');
    fs.mkdirSync(backupDir(temp.dir), { recursive: true });
    fs.writeFileSync(path.join(backupDir(temp.dir), 'history-2026-11-01.json.partial'), '{');
    const mine = ['notes.tmp-1764140000a1b2c3.txt', 'history.broken-2026-11-26T08-30-00-000Z.json'];
    for (const name of mine) fs.writeFileSync(path.join(temp.dir, name), 'keep');
    startMainProcess(temp.dir, { now: onDay(5) });
    const left = fs.readdirSync(temp.dir);
    for (const name of leftovers) expect(left).not.toContain(name);
    for (const name of mine) expect(left).toContain(name);
    expect(fs.readdirSync(backupDir(temp.dir))).toEqual([]);
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
    expect(listed.ok && listed.value).toEqual([
      { id: 'history-2026-11-02', kind: 'daily', date: '2026-11-02', sessionCount: 1, takenAt: null },
    ]);
  });
});
