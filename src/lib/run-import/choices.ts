/**
 * The runner's answers to the import's questions (a run whose day has two or more check-ins that
 * could take it): each run is added as its own or fills the check-in chosen. Pure and all-or-nothing:
 * a choice that no longer fits the history refuses the whole set, and main writes nothing.
 */
import { compareInstants } from '../history/dates';
import type { Session } from '../history/types';
import { filledWith, isOpenRun, runSession, type RunFileOutcome } from './plan';
import type { RunSummary } from './types';

/** A question main asked, kept until the runner answers. */
export interface AskedRun {
  fileName: string;
  run: RunSummary;
  /** The check-ins it may fill (session ids). */
  candidates: string[];
}

/** For each asked run, in order: the session id of the check-in to fill, or null to add it as its own run. */
export type RunChoices = readonly (string | null)[];

export type AppliedChoices = { ok: true; sessions: Session[]; files: RunFileOutcome[] } | { ok: false; reason: string };

const sameSecond = (a: string, b: string) => Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);

export function applyRunChoices(
  existing: readonly Session[],
  asked: readonly AskedRun[],
  choices: RunChoices,
  now: Date,
  newId: () => string,
): AppliedChoices {
  if (choices.length !== asked.length) return { ok: false, reason: 'Answer each run file once.' };
  const at = now.toISOString();
  let sessions = [...existing];
  const files: RunFileOutcome[] = [];
  const filled = new Set<string>();
  for (const [i, { fileName, run, candidates }] of asked.entries()) {
    const choice = choices[i]!;
    // Saved meanwhile (another import): recognised, as the import itself would.
    if (existing.some((s) => sameSecond(s.startedAt, run.startedAt))) {
      files.push({ fileName, status: 'duplicate', run, reason: 'already in your history (a run with the same start time)' });
      continue;
    }
    if (choice === null) {
      const made = runSession(run, fileName, newId(), at);
      if (!made.ok) return { ok: false, reason: `${fileName}: ${made.reason}.` };
      sessions.push(made.session);
      files.push({ fileName, status: 'added', run });
      continue;
    }
    if (!candidates.includes(choice)) return { ok: false, reason: `${fileName} was not offered that check-in.` };
    if (filled.has(choice)) return { ok: false, reason: 'Two runs cannot fill the same check-in: choose another for one of them.' };
    const target = sessions.find((s) => s.id === choice);
    if (!target || !isOpenRun(target)) {
      return { ok: false, reason: 'That check-in has changed since the import: import the file again.' };
    }
    filled.add(choice);
    const next = filledWith(target, run, at);
    sessions = sessions.map((s) => (s.id === choice ? next : s));
    files.push({ fileName, status: 'filled', run });
  }
  return { ok: true, sessions: sessions.sort((a, b) => compareInstants(a.startedAt, b.startedAt)), files };
}
