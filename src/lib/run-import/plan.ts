/**
 * Which imported runs become what: a new run session, the distance and time of that day's one
 * check-in, nothing (a duplicate), or a question when two or more check-ins of that day could
 * take it. Pure: main reads the files, then writes the result once.
 */
import { emptyCheckIn } from '../history/check-in';
import { compareInstants } from '../history/dates';
import { MAX_NOTE, sessionSchema, formatZodError } from '../history/schema';
import { MAX_CLIMB_M, MAX_HEART_RATE, MIN_HEART_RATE } from '../history/limits';
import { cleanText } from '../history/text';
import type { CheckIn, Session } from '../history/types';
import type { ParseOutcome, RunSummary } from './types';

/** What happened to one chosen file, for the results panel. */
export type RunFileOutcome =
  | { fileName: string; status: 'added'; run: RunSummary }
  | { fileName: string; status: 'filled'; run: RunSummary }
  | { fileName: string; status: 'duplicate'; run: RunSummary; reason: string }
  | { fileName: string; status: 'refused'; reason: string }
  /** Not saved yet: the runner says whether it is a run of its own or fills one of these check-ins. */
  | { fileName: string; status: 'ask'; run: RunSummary; choices: FillChoice[] };

/** A check-in an imported run could fill in, as the runner is asked about it. */
export interface FillChoice {
  sessionId: string;
  startedAt: string;
  painNow: number | null;
  note: string;
}

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

/** Heart rate and climb as whole numbers; one the diary cannot hold (a strap's glitch, no heights) is left empty, not the run refused. */
export function storedExtras(run: RunSummary): { avgHeartRate: number | null; climbM: number | null } {
  const hr = run.avgHr === undefined ? null : Math.round(run.avgHr);
  const climb = run.elevationGainM === undefined ? null : Math.round(run.elevationGainM);
  return {
    avgHeartRate: hr !== null && hr >= MIN_HEART_RATE && hr <= MAX_HEART_RATE ? hr : null,
    climbM: climb !== null && climb >= 0 && climb <= MAX_CLIMB_M ? climb : null,
  };
}

/** A run check-in with no distance or time typed yet: an imported run can fill it in. */
export function isOpenRun(session: Session): boolean {
  const c = session.checkIn;
  return c?.dayType === 'run' && c.distanceKm === null && c.durationSec === null;
}

/** The check-in with the run's distance and time, and its heart rate and climb where the check-in has none yet. */
export function filledWith(session: Session, run: RunSummary, at: string): Session {
  const c = session.checkIn!;
  const extras = storedExtras(run);
  return {
    ...session,
    checkIn: { ...c, ...storedFigures(run), avgHeartRate: c.avgHeartRate ?? extras.avgHeartRate, climbM: c.climbM ?? extras.climbM },
    updatedAt: at,
  };
}

/** The run as a session of its own, or why the diary cannot keep it. */
export function runSession(
  run: RunSummary,
  fileName: string,
  id: string,
  at: string,
): { ok: true; session: Session } | { ok: false; reason: string } {
  const session: Session = {
    id,
    startedAt: run.startedAt,
    localDate: run.localDate,
    routine: null,
    checkIn: runCheckIn(run, fileName),
    updatedAt: at,
  };
  const checked = sessionSchema.safeParse(session);
  return checked.success
    ? { ok: true, session: checked.data }
    : { ok: false, reason: `it cannot be kept in the diary (${formatZodError(checked.error)})` };
}

function runCheckIn(run: RunSummary, fileName: string): CheckIn {
  return {
    ...emptyCheckIn('run'),
    ...storedFigures(run),
    ...storedExtras(run),
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
    const same = dayCheckIns.some(
      (s) => s.checkIn?.dayType === 'run' && s.checkIn.distanceKm === figures.distanceKm && s.checkIn.durationSec === figures.durationSec,
    );
    if (same) {
      outcomes.push({ fileName, status: 'duplicate', run, reason: 'already in that day’s check-in (same distance and time)' });
      continue;
    }
    taken.set(run.startedAt, fileName);
    const open = dayCheckIns.filter(isOpenRun);
    // Two or more check-ins that could take it: the runner says which, rather than the app guessing.
    if (open.length >= 2) {
      const choices = open.map((s) => ({ sessionId: s.id, startedAt: s.startedAt, painNow: s.checkIn!.painNow, note: s.checkIn!.note }));
      outcomes.push({ fileName, status: 'ask', run, choices });
      continue;
    }
    // The one check-in of that day, a run with no distance or time typed yet: the file fills them in.
    const only = dayCheckIns.length === 1 && open.length === 1 ? open[0]! : null;
    if (only && !filledIds.has(only.id)) {
      filledIds.add(only.id);
      const filled = filledWith(only, run, at);
      sessions = sessions.map((s) => (s.id === only.id ? filled : s));
      outcomes.push({ fileName, status: 'filled', run });
      continue;
    }
    const made = runSession(run, fileName, newId(), at);
    if (!made.ok) {
      taken.delete(run.startedAt);
      outcomes.push({ fileName, status: 'refused', reason: made.reason });
      continue;
    }
    sessions.push(made.session);
    outcomes.push({ fileName, status: 'added', run });
  }
  const changed = outcomes.some((o) => o.status === 'added' || o.status === 'filled');
  return {
    sessions: changed ? sessions.sort((a, b) => compareInstants(a.startedAt, b.startedAt)) : [...existing],
    files: outcomes,
    changed,
  };
}
