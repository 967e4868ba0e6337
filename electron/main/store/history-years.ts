/**
 * The history on disk, format 2: one store file per calendar year ("history-2026.json"), so a
 * save rewrites one year, not decades; "history.json" is the index that says the format.
 * To the handlers it is one document, as before (read the whole history, write the next one):
 * a write rewrites only the years whose list of sessions changed.
 *
 * Format 1 kept every session in history.json. At launch such a file is migrated: every year file
 * is written first, then the index; a crash in between leaves history.json as it was, and the
 * next launch migrates again (merging by id with what the year files already hold), so nothing is lost.
 *
 * Format 3 gave each check-in treatments, pain by spot, heart rate and climb. Older files read with those
 * fields empty (upgradeSessions); at launch every year file is rewritten as format 3, then the index. A crash
 * in between leaves a mix of format-2 and format-3 files that reads whole, and the next launch finishes it.
 */
import fs from 'node:fs';
import { storedVersion, type DocStore } from './doc-store';
import { sessionSchema } from '../../../src/lib/history/schema';
import { upgradeSessions } from '../../../src/lib/history/upgrade';
import type { Session } from '../../../src/lib/history/types';
import type { HistoryDoc } from './history-doc';
import { yearChanges, yearOf } from './year-changes';

export const HISTORY_FORMAT = 3;
/** The first format with the index apart from the year files. */
const FORMAT_YEAR_FILES = 2;
const YEAR_FILE = /^history-(\d{4})\.json$/;

/** history.json: from format 2 only its version; in format 1 it still holds every session. */
export interface HistoryIndex {
  schemaVersion: number;
  sessions?: Session[];
}

/** One year's sessions; schemaVersion is the format the file was read in (written: always the current one). */
export interface YearDoc {
  schemaVersion: number;
  sessions: Session[];
}

/** Sessions as stored in a file of `version`: older check-ins gain the format-3 fields, empty, before the strict check. */
function readSessions(raw: unknown, version: number): Session[] {
  return sessionSchema.array().parse(version < 3 ? upgradeSessions(raw ?? []) : (raw ?? []));
}

export function parseHistoryIndex(raw: Record<string, unknown>): HistoryIndex {
  const version = storedVersion(raw, HISTORY_FORMAT);
  if (version < FORMAT_YEAR_FILES) return { schemaVersion: version, sessions: readSessions(raw.sessions, version) };
  return { schemaVersion: version };
}

export function parseYearDoc(raw: Record<string, unknown>): YearDoc {
  const version = storedVersion(raw, HISTORY_FORMAT);
  return { schemaVersion: version, sessions: readSessions(raw.sessions, version) };
}

/** Opens one store file of the data folder ("history" or "history-2026"). */
export type OpenHistoryFile = <T extends object>(name: string, parse: (raw: Record<string, unknown>) => T) => DocStore<T>;

function byYear(sessions: readonly Session[]): Map<string, Session[]> {
  const years = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = years.get(yearOf(s));
    if (list) list.push(s);
    else years.set(yearOf(s), [s]);
  }
  return years;
}

const sameList = (a: readonly Session[] | undefined, b: readonly Session[] | undefined) =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((s, i) => s === b![i]);

/** Of two copies of one session, the later edit (the year file's on a tie: it was written after the index). */
function merge(fromIndex: readonly Session[], fromYear: readonly Session[]): Session[] {
  const merged = new Map(fromIndex.map((s) => [s.id, s]));
  for (const s of fromYear) {
    const other = merged.get(s.id);
    if (!other || s.updatedAt >= other.updatedAt) merged.set(s.id, s);
  }
  return [...merged.values()];
}

export function openHistoryYears(dataDir: string, openFile: OpenHistoryFile): DocStore<HistoryDoc> {
  const index = openFile('history', parseHistoryIndex);
  const files = new Map<string, DocStore<YearDoc>>();
  const fileFor = (year: string) => {
    let file = files.get(year);
    if (!file) files.set(year, (file = openFile(`history-${year}`, parseYearDoc)));
    return file;
  };
  for (const name of fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []) {
    const year = YEAR_FILE.exec(name)?.[1];
    if (year) fileFor(year);
  }
  let years = new Map([...files].map(([year, file]) => [year, file.read().sessions]));

  const legacy = index.read().sessions;
  if (legacy) {
    const fromIndex = byYear(legacy);
    for (const [year, list] of fromIndex) years.set(year, merge(list, years.get(year) ?? []));
  }
  const older =
    legacy !== undefined ||
    index.read().schemaVersion < HISTORY_FORMAT ||
    [...files.values()].some((f) => f.read().schemaVersion < HISTORY_FORMAT);
  if (older) {
    // Year files first, the index last: until the index says format 3, the next launch does it all again.
    try {
      for (const [year, sessions] of years) fileFor(year).write({ schemaVersion: HISTORY_FORMAT, sessions });
      index.write({ schemaVersion: HISTORY_FORMAT });
    } catch (error) {
      // Disk full or read-only: the files keep their format (each still reads whole) and the next launch tries again.
      console.error('[history] moving the history to the current format failed; it is kept as it was', error);
    }
  } else if (!fs.existsSync(index.path)) {
    try {
      index.write({ schemaVersion: HISTORY_FORMAT });
    } catch {
      // A folder that cannot be written is reported at launch (startup's write check).
    }
  }

  const flatten = (): HistoryDoc => ({
    schemaVersion: 1,
    sessions: [...years.keys()].sort().flatMap((year) => years.get(year)!),
  });
  let cached = flatten();

  return {
    path: index.path,
    read: () => cached,
    write(next) {
      // A save touches one year: only its sessions are looked at, unless the list is out of year order.
      const quick = yearChanges(cached.sessions, next.sessions);
      const nextYears = quick ?? byYear(next.sessions);
      const written: [string, Session[] | undefined][] = [];
      let inYearOrder = false;
      try {
        for (const year of new Set([...(quick ? [] : years.keys()), ...nextYears.keys()])) {
          if (sameList(years.get(year), nextYears.get(year))) continue;
          const sessions = nextYears.get(year) ?? [];
          fileFor(year).write({ schemaVersion: HISTORY_FORMAT, sessions });
          written.push([year, years.get(year)]);
          years.set(year, sessions);
        }
        inYearOrder = quick !== null;
      } catch (error) {
        // A change across years (an import, a restore) is all or nothing: the years already written are put back.
        for (const [year, previous] of written.reverse()) {
          try {
            fileFor(year).write({ schemaVersion: HISTORY_FORMAT, sessions: previous ?? [] });
            if (previous) years.set(year, previous);
            else years.delete(year);
          } catch {
            // Still failing: the cache keeps saying what that file holds.
          }
        }
        throw error;
      } finally {
        // In year order, the new list is what flatten() would build from the years, without the walk.
        cached = inYearOrder ? { schemaVersion: 1, sessions: [...next.sessions] } : flatten();
      }
    },
    reload() {
      for (const file of files.values()) file.reload();
      years = new Map([...files].map(([year, file]) => [year, file.read().sessions]));
      cached = flatten();
    },
  };
}
