/** The history as it lies on disk (format 2: one file a year), read directly by tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../../src/lib/history/types';

const YEAR_FILE = /^history-\d{4}\.json$/;

/** The year files in the folder, oldest year first. */
export function historyYearFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => YEAR_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Every session in the year files, parsed as plain JSON (throws on a damaged file). */
export function sessionsOnDisk(dir: string): Session[] {
  return historyYearFiles(dir).flatMap((file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { sessions: Session[] }).sessions);
}

/** The file a session of that local date lives in. */
export function historyFileOf(dir: string, localDate: string): string {
  return path.join(dir, `history-${localDate.slice(0, 4)}.json`);
}
