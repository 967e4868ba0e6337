/**
 * The checked write path on its own and under the stores: a short write is completed or refused,
 * never renamed short; every failure is a typed StoreWriteError and leaves the previous file as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { withCheckedWrites } from '../../../../../electron/main/store/checked-conf';
import { StoreWriteError, writeFileChecked } from '../../../../../electron/main/store/checked-write';
import { openStores } from '../../../../../electron/main/store/stores';
import { confBackend } from '../../../../support/conf-backend';
import { faultyFs, type Fault, type FaultyFs } from '../../../../support/faulty-fs';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let faulty: FaultyFs;
let file: string;
const OLD = JSON.stringify({ sessions: ['the good one'] });
const NEW = JSON.stringify({ sessions: ['the good one', 'x'.repeat(100_000)] });

beforeEach(() => {
  temp = makeTempDir();
  faulty = faultyFs();
  file = path.join(temp.dir, 'history.json');
  fs.writeFileSync(file, OLD);
});
afterEach(() => temp.cleanup());

const leftovers = () => fs.readdirSync(temp.dir).filter((name) => name !== 'history.json');

function expectRefused(fault: Fault, kind: StoreWriteError['kind']): StoreWriteError {
  faulty.fault = fault;
  let caught: unknown;
  try {
    writeFileChecked(file, NEW, { fs: faulty });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StoreWriteError);
  expect((caught as StoreWriteError).kind).toBe(kind);
  expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
  expect(faulty.renames).toEqual([]);
  expect(leftovers()).toEqual([]);
  return caught as StoreWriteError;
}

describe('writeFileChecked', () => {
  it('completes a file whose every writeSync writes only half of what it was given', () => {
    faulty.fault = { kind: 'half-writes' };
    writeFileChecked(file, NEW, { fs: faulty });
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    // The one rename moved a complete temp file, never a short one.
    expect(faulty.renames).toHaveLength(1);
    expect(faulty.renames[0]![2]).toBe(Buffer.byteLength(NEW));
    expect(leftovers()).toEqual([]);
  });

  it('refuses, without renaming, a writeSync that claims bytes it did not write', () => {
    const error = expectRefused({ kind: 'lying-writes' }, 'io-error');
    expect(error.message).toMatch(/of 100\d+ bytes reached the disk/);
  });

  it('refuses a full disk that answers with zero bytes instead of an error', () => {
    expectRefused({ kind: 'zero-write' }, 'disk-full');
  });

  it('refuses ENOSPC half-way through the file, in plain words', () => {
    const error = expectRefused({ kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 50_000 }, 'disk-full');
    expect(error.message).toBe(
      'The disk is full: your history could not be saved (ENOSPC). Nothing was changed; free some space and try again.',
    );
  });

  it('refuses an I/O error mid-write and one at fsync', () => {
    expectRefused({ kind: 'errno', call: 'writeSync', code: 'EIO', afterBytes: 4096 }, 'io-error');
    expectRefused({ kind: 'errno', call: 'fsyncSync', code: 'EIO' }, 'io-error');
  });

  it('refuses a read-only data folder', () => {
    expectRefused({ kind: 'errno', call: 'openSync', code: 'EROFS' }, 'read-only');
    expectRefused({ kind: 'errno', call: 'openSync', code: 'EACCES' }, 'read-only');
  });

  it('refuses to replace a folder that stands where the file should be, and leaves the folder alone', () => {
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'inside.txt'), 'kept');
    expect(() => writeFileChecked(file, NEW)).toThrow(/^There is a folder where the file for your history should be/);
    expect(fs.readFileSync(path.join(file, 'inside.txt'), 'utf8')).toBe('kept');
    expect(leftovers()).toEqual([]);
  });
});

describe('store writes through conf with the checked path', () => {
  const session = (id: string) => ({
    id,
    startedAt: '2026-11-20T07:00:00.000Z',
    localDate: '2026-11-20',
    routine: null,
    checkIn: null,
    updatedAt: '2026-11-20T07:00:00.000Z',
  });
  const open = () => openStores(confBackend(temp.dir, faulty), temp.dir);
  // The sessions' own file: the history keeps one file a year.
  const yearFile = () => path.join(temp.dir, 'history-2026.json');

  beforeEach(() => fs.rmSync(file));

  it.each<[string, Fault]>([
    ['short writes that end in ENOSPC', { kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 100 }],
    ['a writeSync that claims bytes it did not write', { kind: 'lying-writes' }],
    ['an I/O error at fsync', { kind: 'errno', call: 'fsyncSync', code: 'EIO' }],
    ['a read-only folder', { kind: 'errno', call: 'openSync', code: 'EROFS' }],
  ])('%s: the write throws, the file and the cached document keep the last good save, and the next write works', (_label, fault) => {
    const stores = open();
    stores.history.write({ schemaVersion: 1, sessions: [session('a')] });
    const good = fs.readFileSync(yearFile(), 'utf8');

    faulty.fault = fault;
    expect(() => stores.history.write({ schemaVersion: 1, sessions: [session('a'), session('b')] })).toThrow(StoreWriteError);
    expect(fs.readFileSync(yearFile(), 'utf8')).toBe(good);
    expect(stores.history.read().sessions.map((s) => s.id)).toEqual(['a']);

    faulty.fault = null;
    stores.history.write({ schemaVersion: 1, sessions: [session('a'), session('c')] });
    expect(
      open()
        .history.read()
        .sessions.map((s) => s.id),
    ).toEqual(['a', 'c']);
  });

  it('removes temp files left by a write that was killed before its rename', () => {
    open().history.write({ schemaVersion: 1, sessions: [session('a')] });
    fs.writeFileSync(`${yearFile()}.4242-7.tmp`, '{"sessions": [');
    fs.writeFileSync(path.join(temp.dir, 'notes.tmp'), 'not ours');
    expect(
      open()
        .history.read()
        .sessions.map((s) => s.id),
    ).toEqual(['a']);
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['history-2026.json', 'history.json', 'notes.tmp']);
  });
});

describe('withCheckedWrites', () => {
  it('refuses to start on a conf that no longer writes through _write, rather than silently going unchecked', () => {
    class RenamedWrite {
      readonly path = 'x';
    }
    expect(() => withCheckedWrites(RenamedWrite)).toThrow(/has no _write method any more/);
    expect(() => withCheckedWrites(Conf)).not.toThrow();
  });
});
