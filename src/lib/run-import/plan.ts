/**
 * Which imported runs become what: a new run session, the distance and time of that day's one
 * check-in, or nothing (a duplicate). Pure: main reads the files, then writes the result once.
 */
import { emptyCheckIn } from '../history/check-in';
import { compareInstants } from '../history/dates';
import { MAX_NOTE, sessionSchema, formatZodError } from '../history/schema';
import { cleanText } from '../history/text';
import type { CheckIn, Session } from '../history/types';
import type { ParseOutcome, RunSummary } from './types';

/** What happened to one chosen file, for the results panel. */
export type RunFileOutcome =
  | { fileName: string; status: 'added'; run: RunSummary }
  | { fileName: string; status: 'filled'; run: RunSummary }
  | { fileName: string; status: 'duplicate'; run: RunSummary; reason: string }
  | { fileName: string; status: 'refused'; reason: string };

export interface ReadRunFile {
  fileName: string;
  outcome: ParseOutcome;
}

export interface RunImportPlan {
  /** The whole history after the import, in start order (unchanged when nothing was accepted). */
  sessions: Session[];
  files: RunFileOutcome[];
  changed: boolean;
}

/** As the check-in stores them: distance to the metre (so the pace in History is the one the import showed), time to the second. */
export function storedFigures(run: RunSummary): { distanceKm: number; durationSec: number } {
  return { distanceKm: Math.round(run.distanceKm * 1000) / 1000, durationSec: Math.max(1, Math.round(run.movingSec)) };
}

function runCheckIn(run: RunSummary, fileName: string): CheckIn {
  return {
    ...emptyCheckIn('run'),
    ...storedFigures(run),
    note: cleanText(`Imported from ${fileName}`).slice(0, MAX_NOTE),
  };
}

const sameSecond = (a: string, b: string) => Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);

export function planRunImport(existing: readonly Session[], files: readonly ReadRunFile[], now: Date, newId: () => string): RunImportPlan {
  let sessions = [...existing];
  const outcomes: RunFileOutcome[] = [];
  const taken = new Map<string, string>(); // start instant → the file in this import that had it
  const filledIds = new Set<string>();
  const at = now.toISOString();

  for (const { fileName, outcome } of files) {
    if (!outcome.ok) {
      outcomes.push({ fileName, status: 'refused', reason: outcome.reason });
      continue;
    }
    const run = outcome.run;
    const earlier = [...taken].find(([start]) => sameSecond(start, run.startedAt));
    if (earlier) {
      outcomes.push({ fileName, status: 'duplicate', run, reason: `the same run as ${earlier[1]} (same start time)` });
      continue;
    }
    if (existing.some((s) => sameSecond(s.startedAt, run.startedAt))) {
      outcomes.push({ fileName, status: 'duplicate', run, reason: 'already in your history (a run with the same start time)' });
      continue;
    }
    const figures = storedFigures(run);
    const dayCheckIns = existing.filter((s) => s.localDate === run.localDate && s.checkIn !== null);
    const only = dayCheckIns.length === 1 ? dayCheckIns[0]! : null;
    const onlyCheckIn = only?.checkIn ?? null;
    if (
      only &&
      onlyCheckIn?.dayType === 'run' &&
      onlyCheckIn.distanceKm === figures.distanceKm &&
      onlyCheckIn.durationSec === figures.durationSec
    ) {
      outcomes.push({ fileName, status: 'duplicate', run, reason: 'already in that day’s check-in (same distance and time)' });
      continue;
    }
    taken.set(run.startedAt, fileName);
    // The one check-in of that day, a run with no distance or time typed yet: the file fills them in.
    if (
      only &&
      onlyCheckIn?.dayType === 'run' &&
      onlyCheckIn.distanceKm === null &&
      onlyCheckIn.durationSec === null &&
      !filledIds.has(only.id)
    ) {
      filledIds.add(only.id);
      const filled: Session = { ...only, checkIn: { ...onlyCheckIn, ...figures }, updatedAt: at };
      sessions = sessions.map((s) => (s.id === only.id ? filled : s));
      outcomes.push({ fileName, status: 'filled', run });
      continue;
    }
    const session: Session = {
      id: newId(),
      startedAt: run.startedAt,
      localDate: run.localDate,
      routine: null,
      checkIn: runCheckIn(run, fileName),
      updatedAt: at,
    };
    const checked = sessionSchema.safeParse(session);
    if (!checked.success) {
      taken.delete(run.startedAt);
      outcomes.push({ fileName, status: 'refused', reason: `it cannot be kept in the diary (${formatZodError(checked.error)})` });
      continue;
    }
    sessions.push(checked.data);
    outcomes.push({ fileName, status: 'added', run });
  }
  const changed = outcomes.some((o) => o.status === 'added' || o.status === 'filled');
  return {
    sessions: changed ? sessions.sort((a, b) => compareInstants(a.startedAt, b.startedAt)) : [...existing],
    files: outcomes,
    changed,
  };
}
