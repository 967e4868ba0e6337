/**
 * A typed document kept in one store file. The main process is the only writer, so the parsed
 * document is cached after the first read and every write goes through to disk (atomically,
 * via the backend: electron-store / conf write a temp file and rename it).
 *
 * A file that cannot be read, parsed or understood is never deleted or overwritten: it is moved
 * aside with a timestamp and the store starts from its defaults, with a notice for the runner.
 *
 * A write that fails throws a StoreWriteError (disk full, read-only, I/O error); the cached
 * document and the file both stay as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreIssue } from '../../../src/lib/ipc/contract';
import { isTempOf, StoreWriteError, toStoreWriteError } from './checked-write';
import { assertVersioned, WrongShapeError } from './store-format';

/** The part of electron-store / conf that we use: the whole document and the file path. */
export interface StoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface DocStore<T> {
  read(): T;
  write(next: T): void;
  /** Forget the cached document and read the file again (after a restore from backup). */
  reload(): void;
  readonly path: string;
}

const CONF_INTERNAL_KEY = '__internal__';

/** Thrown by a parser for a file written by a newer version of the app. */
export class NewerVersionError extends Error {}

/** The schema version of a stored document; throws for one newer than this app understands. */
export function storedVersion(raw: Record<string, unknown>, current: number): number {
  const version = raw.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > current) {
    throw new NewerVersionError(`it was written by a newer Backstride (format ${version}; this one reads up to ${current})`);
  }
  return typeof version === 'number' ? version : current;
}

export interface DocStoreOptions<T> {
  name: string;
  filePath: string;
  open: () => StoreBackend;
  parse: (raw: Record<string, unknown>) => T;
  /** Called once for a file that had to be moved aside. */
  onIssue: (issue: StoreIssue) => void;
  now: () => Date;
}

export function openDocStore<T extends object>({ name, filePath, open, parse, onIssue, now }: DocStoreOptions<T>): DocStore<T> {
  let backend: StoreBackend;
  let cached: T;
  // conf keeps bookkeeping under this key; unless a written value carries it, conf re-reads and
  // re-parses the whole file on every write to preserve it (25 ms for 10,000 sessions). We carry it.
  let internal: unknown = {};
  removeLeftoverTemps(filePath);
  try {
    backend = open();
    const raw = backend.store;
    internal = raw[CONF_INTERNAL_KEY] ?? {};
    assertVersioned(raw);
    cached = parse(raw);
  } catch (error) {
    const movedTo = moveAside(filePath, now());
    onIssue({ store: name, movedTo, problem: describeProblem(error) });
    backend = movedTo ? open() : readOnlyBackend(filePath, name);
    cached = parse({});
  }
  return {
    path: filePath,
    read: () => cached,
    write(next) {
      try {
        backend.store = { ...(next as Record<string, unknown>), [CONF_INTERNAL_KEY]: internal };
      } catch (error) {
        throw toStoreWriteError(error, filePath);
      }
      cached = next;
    },
    reload() {
      cached = parse(backend.store);
    },
  };
}

function describeProblem(error: unknown): string {
  if (error instanceof NewerVersionError || error instanceof WrongShapeError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'the file could not be read';
  if (error instanceof SyntaxError) return 'the file is damaged (it is not complete, valid JSON)';
  return 'the file holds data this app does not understand';
}

/** Renames the file to "<name>.broken-<timestamp>.json" beside it; null if it could not be moved. */
function moveAside(filePath: string, at: Date): string | null {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = path.join(path.dirname(filePath), `${path.basename(filePath, '.json')}.broken-${stamp}.json`);
  try {
    fs.renameSync(filePath, target);
    return target;
  } catch {
    return null;
  }
}

/** When a bad file cannot even be moved aside, keep it untouched: run from memory and refuse to save. */
function readOnlyBackend(filePath: string, name: string): StoreBackend {
  return {
    path: filePath,
    get store() {
      return {};
    },
    set store(_value) {
      throw new StoreWriteError(
        'io-error',
        filePath,
        `Changes to ${name} cannot be saved: its file could not be read or moved aside (${filePath}).`,
      );
    },
  };
}

/** Temp files of writes cut short by a hard kill: never a good copy (the rename did not happen). */
function removeLeftoverTemps(filePath: string): void {
  try {
    const dir = path.dirname(filePath);
    for (const name of fs.readdirSync(dir)) if (isTempOf(filePath, name)) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // A folder that cannot be listed is reported by the open that follows.
  }
}
