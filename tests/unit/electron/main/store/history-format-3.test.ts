/**
 * History format 3: each check-in carries treatments, pain by spot, heart rate and climb. A format-2
 * folder (index + year files) opens with those fields empty and is rewritten year files first, then
 * the index; a migration cut short (crash, full disk) loses nothing and the next launch finishes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { backupDir, makeDailyBackup, readBackup } from '../../../../../electron/main/store/backups';
import { confBackend } from '../../../../support/conf-backend';
import { faultyFs } from '../../../../support/faulty-fs';
import { makeTempDir } from '../../../../support/temp-dir';
import { checkIn } from '../../../../support/history';
import type { Session } from '../../../../../src/lib/history/types';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const open = () => openStores(confBackend(temp.dir), temp.dir);
const file = (name: string) => path.join(temp.dir, name);
const readJson = (name: string) => JSON.parse(fs.readFileSync(file(name), 'utf8'));

/** A check-in as format 2 wrote it: none of the fields format 3 added. */
const OLD_CHECK_IN = {
  painNow: 4,
  painBefore: 2,
  locations: ['lower-back'],
  kinds: ['ache'],
  redFlags: [],
  dayType: 'run',
  crossTrainingKind: '',
  distanceKm: 8,
  durationSec: 2700,
  note: 'stiff start',
};
const oldSession = (localDate: string, withCheckIn = true) => ({
  id: `s-${localDate}`,
  startedAt: `${localDate}T07:00:00.000Z`,
  localDate,
  routine: null,
  checkIn: withCheckIn ? OLD_CHECK_IN : null,
  updatedAt: `${localDate}T07:00:00.000Z`,
});
const EMPTY_NEW = { treatments: [], painkillerNote: '', spotPain: {}, avgHeartRate: null, climbM: null };
const asFormat3 = (s: ReturnType<typeof oldSession>) => ({ ...s, checkIn: s.checkIn && { ...s.checkIn, ...EMPTY_NEW } });

const Y2025 = [oldSession('2025-03-01'), oldSession('2025-12-31', false)];
const Y2026 = [oldSession('2026-11-27')];

function writeFormat2(): void {
  fs.writeFileSync(file('history.json'), JSON.stringify({ schemaVersion: 2 }));
  fs.writeFileSync(file('history-2025.json'), JSON.stringify({ schemaVersion: 2, sessions: Y2025 }));
  fs.writeFileSync(file('history-2026.json'), JSON.stringify({ schemaVersion: 2, sessions: Y2026 }));
}

describe('history format 2 → 3', () => {
  it('a format-2 folder opens whole: every check-in gains the new fields, empty, and every file says format 3', () => {
    writeFormat2();
    const stores = open();
    expect(stores.issues).toEqual([]);
    expect(stores.history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    for (const name of ['history-2025.json', 'history-2026.json']) expect(readJson(name).schemaVersion).toBe(3);
    expect(readJson('history-2026.json').sessions[0].checkIn).toEqual({ ...OLD_CHECK_IN, ...EMPTY_NEW });
    expect(readJson('history.json').schemaVersion).toBe(3);
    expect(open().history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
  });

  it('a second launch finds nothing to migrate and rewrites no file', () => {
    writeFormat2();
    open();
    const old = new Date(2020, 0, 1);
    for (const name of ['history.json', 'history-2025.json', 'history-2026.json']) fs.utimesSync(file(name), old, old);
    open();
    for (const name of ['history.json', 'history-2025.json', 'history-2026.json']) {
      expect(fs.statSync(file(name)).mtimeMs).toBe(old.getTime());
    }
  });

  it('cut short after one year file: the mix reads whole, an edit made since is kept, and the next launch finishes', () => {
    writeFormat2();
    // As a crash would leave it: 2025 rewritten in format 3 (and a check-in of it edited since), 2026 and the index not.
    const edited: Session = {
      ...asFormat3(Y2025[0]!),
      checkIn: checkIn({ treatments: ['heat', 'painkiller'], painkillerNote: 'ibuprofen', spotPain: { 'hip-left': 5 } }),
    } as Session;
    fs.writeFileSync(file('history-2025.json'), JSON.stringify({ schemaVersion: 3, sessions: [edited, asFormat3(Y2025[1]!)] }));
    const stores = open();
    expect(stores.issues).toEqual([]);
    expect(stores.history.read().sessions).toEqual([edited, asFormat3(Y2025[1]!), asFormat3(Y2026[0]!)]);
    expect(readJson('history-2026.json').schemaVersion).toBe(3);
    expect(readJson('history.json').schemaVersion).toBe(3);
    expect(open().history.read().sessions).toHaveLength(3);
  });

  it('a migration the disk refuses changes no file and the history still reads; the next launch migrates', () => {
    writeFormat2();
    const before = ['history.json', 'history-2025.json', 'history-2026.json'].map((name) => fs.readFileSync(file(name)));
    const disk = faultyFs();
    disk.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    const stores = openStores(confBackend(temp.dir, disk), temp.dir);
    expect(stores.history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    ['history.json', 'history-2025.json', 'history-2026.json'].forEach((name, i) => {
      expect(fs.readFileSync(file(name)).equals(before[i]!)).toBe(true);
    });
    expect(open().history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    expect(readJson('history.json').schemaVersion).toBe(3);
  });

  it('the index says format 3 only once every year file does: a failure after the first year leaves it at 2', () => {
    writeFormat2();
    const disk = faultyFs();
    let renames = 0;
    const rename = disk.renameSync;
    disk.renameSync = (from, to) => {
      if (++renames === 2) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
      rename(from, to);
    };
    const stores = openStores(confBackend(temp.dir, disk), temp.dir);
    expect(stores.history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    expect(readJson('history-2025.json').schemaVersion).toBe(3);
    expect(readJson('history-2026.json').schemaVersion).toBe(2);
    expect(readJson('history.json').schemaVersion).toBe(2);
    expect(open().history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    expect([readJson('history-2026.json').schemaVersion, readJson('history.json').schemaVersion]).toEqual([3, 3]);
  });

  it('year files of format 2 without their index (lost, or set aside as damaged) are still brought to format 3', () => {
    writeFormat2();
    fs.rmSync(file('history.json'));
    expect(open().history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    expect([readJson('history-2025.json').schemaVersion, readJson('history-2026.json').schemaVersion]).toEqual([3, 3]);
  });

  it('a format-1 history still migrates all the way to format 3', () => {
    fs.writeFileSync(file('history.json'), JSON.stringify({ schemaVersion: 1, sessions: [...Y2025, ...Y2026] }));
    expect(open().history.read().sessions).toEqual([...Y2025, ...Y2026].map(asFormat3));
    expect(readJson('history.json')).toEqual({ schemaVersion: 3, __internal__: expect.anything() });
    expect(readJson('history-2025.json').schemaVersion).toBe(3);
  });

  it('a check-in of format 3 with a field format 3 refuses is set aside, not read wrongly', () => {
    writeFormat2();
    const bad = { ...asFormat3(Y2026[0]!), checkIn: { ...OLD_CHECK_IN, ...EMPTY_NEW, spotPain: { 'lower-back-left': 11 } } };
    fs.writeFileSync(file('history-2026.json'), JSON.stringify({ schemaVersion: 3, sessions: [bad] }));
    const stores = open();
    expect(stores.issues).toEqual([expect.objectContaining({ store: 'history' })]);
    expect(stores.history.read().sessions).toEqual(Y2025.map(asFormat3));
  });
});

describe('backups across format 3', () => {
  it('a backup written before format 3 restores with the new fields empty; a new one carries them', () => {
    fs.mkdirSync(backupDir(temp.dir), { recursive: true });
    fs.writeFileSync(path.join(backupDir(temp.dir), 'history-2026-11-20.json'), JSON.stringify({ schemaVersion: 1, sessions: Y2026 }));
    expect(readBackup(temp.dir, 'history-2026-11-20')?.sessions).toEqual(Y2026.map(asFormat3));

    const full: Session = {
      ...(asFormat3(Y2026[0]!) as Session),
      checkIn: checkIn({ treatments: ['ice'], avgHeartRate: 151, climbM: 80 }),
    };
    makeDailyBackup(temp.dir, { schemaVersion: 1, sessions: [full] }, '2026-11-29', new Date('2026-11-29T12:00:00Z'));
    const written = JSON.parse(fs.readFileSync(path.join(backupDir(temp.dir), 'history-2026-11-29.json'), 'utf8'));
    expect(written.schemaVersion).toBe(3);
    expect(readBackup(temp.dir, 'history-2026-11-29')?.sessions).toEqual([full]);
  });

  it('a check-in kept unsaved before format 3 still comes back', () => {
    const failed = { sessionId: null, checkIn: OLD_CHECK_IN, failedAt: '2026-11-28T09:00:00.000Z' };
    fs.writeFileSync(file('pending.json'), JSON.stringify({ schemaVersion: 1, checkIn: failed }));
    expect(open().pending.read().checkIn).toEqual({ ...failed, checkIn: { ...OLD_CHECK_IN, ...EMPTY_NEW } });
  });
});
