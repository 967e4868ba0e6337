/**
 * The history kept one file a year (from format 2): a save rewrites only its year; a format-1 file is
 * migrated at launch, and a migration cut short (crash, full disk) loses nothing. Format 3 (the fuller
 * diary's check-in fields) is in history-format-3.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import type { Session } from '../../../../../src/lib/history/types';
import { confBackend } from '../../../../support/conf-backend';
import { faultyFs } from '../../../../support/faulty-fs';
import { historyYearFiles, sessionsOnDisk } from '../../../../support/history-files';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const open = () => openStores(confBackend(temp.dir), temp.dir, () => new Date('2026-11-29T08:00:00.000Z'));
const file = (name: string) => path.join(temp.dir, name);

function session(localDate: string, id = `s-${localDate}`, updatedAt = `${localDate}T07:00:00.000Z`): Session {
  return { id, startedAt: `${localDate}T07:00:00.000Z`, localDate, routine: null, checkIn: null, updatedAt };
}
const THREE_YEARS = [session('2024-05-01'), session('2024-12-31'), session('2025-01-01'), session('2026-11-28')];

function writeFormat1(sessions: Session[]): void {
  fs.writeFileSync(file('history.json'), JSON.stringify({ schemaVersion: 1, sessions }));
}

describe('one history file a year', () => {
  it('a format-1 history opens whole and is written out one year a file, then the index', () => {
    writeFormat1(THREE_YEARS);
    const stores = open();
    expect(stores.issues).toEqual([]);
    expect(stores.history.read().sessions).toEqual(THREE_YEARS);
    expect(historyYearFiles(temp.dir).map((f) => path.basename(f))).toEqual([
      'history-2024.json',
      'history-2025.json',
      'history-2026.json',
    ]);
    expect(JSON.parse(fs.readFileSync(file('history-2024.json'), 'utf8')).sessions).toEqual(THREE_YEARS.slice(0, 2));
    expect(JSON.parse(fs.readFileSync(file('history.json'), 'utf8'))).toEqual({ schemaVersion: 3, __internal__: expect.anything() });
    expect(open().history.read().sessions).toEqual(THREE_YEARS);
  });

  it('a save rewrites only the year it touches', () => {
    writeFormat1(THREE_YEARS);
    const stores = open();
    const before = new Map(historyYearFiles(temp.dir).map((f) => [f, fs.statSync(f).mtimeMs]));
    fs.utimesSync(file('history-2024.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    fs.utimesSync(file('history-2025.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const untouched = [file('history-2024.json'), file('history-2025.json')].map((f) => fs.statSync(f).mtimeMs);
    stores.history.write({ ...stores.history.read(), sessions: [...stores.history.read().sessions, session('2026-11-29')] });
    expect([file('history-2024.json'), file('history-2025.json')].map((f) => fs.statSync(f).mtimeMs)).toEqual(untouched);
    expect(fs.statSync(file('history-2026.json')).mtimeMs).toBeGreaterThanOrEqual(before.get(file('history-2026.json'))!);
    expect(JSON.parse(fs.readFileSync(file('history-2026.json'), 'utf8')).sessions.map((s: Session) => s.localDate)).toEqual([
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('a year emptied by deletes stays empty after a relaunch, the other years whole', () => {
    writeFormat1(THREE_YEARS);
    const stores = open();
    stores.history.write({
      ...stores.history.read(),
      sessions: stores.history.read().sessions.filter((s) => !s.localDate.startsWith('2025')),
    });
    expect(
      open()
        .history.read()
        .sessions.map((s) => s.localDate),
    ).toEqual(['2024-05-01', '2024-12-31', '2026-11-28']);
  });

  it('a migration cut short after some year files: the next launch finishes it, with no session lost or doubled', () => {
    writeFormat1(THREE_YEARS);
    // As a crash would leave it: 2024 written (and one of its sessions edited since), 2025 and 2026 not, the index still format 1.
    const edited = { ...THREE_YEARS[0]!, checkIn: null, updatedAt: '2026-11-29T09:00:00.000Z', startedAt: THREE_YEARS[0]!.startedAt };
    fs.writeFileSync(file('history-2024.json'), JSON.stringify({ schemaVersion: 2, sessions: [edited] }));
    const stores = open();
    expect(stores.issues).toEqual([]);
    expect(stores.history.read().sessions).toEqual([edited, THREE_YEARS[1], THREE_YEARS[2], THREE_YEARS[3]]);
    expect(sessionsOnDisk(temp.dir)).toHaveLength(4);
    expect(JSON.parse(fs.readFileSync(file('history.json'), 'utf8')).schemaVersion).toBe(3);
  });

  it('a migration the disk refuses leaves history.json as it was and the history readable; the next launch migrates', () => {
    writeFormat1(THREE_YEARS);
    const original = fs.readFileSync(file('history.json'));
    const disk = faultyFs();
    disk.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    const stores = openStores(confBackend(temp.dir, disk), temp.dir);
    expect(stores.history.read().sessions).toEqual(THREE_YEARS);
    expect(fs.readFileSync(file('history.json')).equals(original)).toBe(true);
    expect(open().history.read().sessions).toEqual(THREE_YEARS);
    expect(JSON.parse(fs.readFileSync(file('history.json'), 'utf8')).schemaVersion).toBe(3);
  });

  it('a change across years is all or nothing: when the second year cannot be written, the first is put back', () => {
    writeFormat1(THREE_YEARS);
    open();
    const disk = faultyFs();
    let renames = 0;
    const rename = disk.renameSync;
    disk.renameSync = (from, to) => {
      if (++renames === 2) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
      rename(from, to);
    };
    const stores = openStores(confBackend(temp.dir, disk), temp.dir);
    const before = stores.history.read().sessions;
    const imported = [...before, session('2024-06-01'), session('2025-06-01')];
    expect(() => stores.history.write({ schemaVersion: 1, sessions: imported })).toThrow(/EIO|could not be saved/);
    expect(stores.history.read().sessions).toEqual(THREE_YEARS);
    expect(sessionsOnDisk(temp.dir)).toEqual(THREE_YEARS);
    expect(open().history.read().sessions).toEqual(THREE_YEARS);
  });

  it('a new data folder states format 3 at once, before any session', () => {
    open();
    expect(JSON.parse(fs.readFileSync(file('history.json'), 'utf8')).schemaVersion).toBe(3);
    expect(historyYearFiles(temp.dir)).toEqual([]);
  });
});
