/**
 * A cleaned, sorted view of the session history for the rules (internal to the guidance module).
 * All day maths uses session.localDate through the shared calendar helpers, never instants.
 */
import { addDays, daysBetween, isLocalDate } from '../history/dates';
import type { CheckIn, Session } from '../history/types';
import type { PainBeforeAnswer } from './types';

/** One check-in, with its numbers checked (anything out of range becomes null). */
export interface Entry {
  session: Session;
  checkIn: CheckIn;
  localDate: string;
  painNow: number | null;
  painBefore: number | null;
  distanceKm: number | null;
  durationSec: number | null;
}

export interface HistoryView {
  today: string;
  /** Earliest local date of any session (routine or check-in) up to today; null for an empty history. */
  firstDate: string | null;
  /** Check-ins up to today, oldest first. */
  entries: Entry[];
  /** Entries whose day type is 'run', oldest first. */
  runs: Entry[];
  /** The last pain-before answer after a warm-up, if it is a valid score dated up to today. */
  painBefore: PainBeforeAnswer | null;
}

function painScore(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

function positive(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

let lastView: { sessions: readonly Session[]; today: string; painBefore: PainBeforeAnswer | null; view: HistoryView } | null = null;

/**
 * Builds the view; sessions with a malformed local date or dated after today are left out.
 * The last view is kept for the same (never mutated) list: the findings and today's plan read one history.
 */
export function viewHistory(sessions: readonly Session[], today: string, painBefore: PainBeforeAnswer | null = null): HistoryView {
  const last = lastView;
  if (
    last &&
    last.sessions === sessions &&
    last.today === today &&
    last.painBefore?.localDate === painBefore?.localDate &&
    last.painBefore?.pain === painBefore?.pain
  ) {
    return last.view;
  }
  const view = buildView(sessions, today, painBefore);
  lastView = { sessions, today, painBefore: painBefore && { ...painBefore }, view };
  return view;
}

function buildView(sessions: readonly Session[], today: string, painBefore: PainBeforeAnswer | null): HistoryView {
  // Valid YYYY-MM-DD dates order as strings do, which is much cheaper than day numbers over years of history.
  const usable = sessions.filter((s) => isLocalDate(s.localDate) && s.localDate <= today);
  let firstDate: string | null = null;
  for (const s of usable) {
    if (firstDate === null || s.localDate < firstDate) firstDate = s.localDate;
  }
  const entries: Entry[] = [];
  for (const session of usable) {
    const checkIn = session.checkIn;
    if (!checkIn) continue;
    entries.push({
      session,
      checkIn,
      localDate: session.localDate,
      painNow: painScore(checkIn.painNow),
      painBefore: painScore(checkIn.painBefore),
      distanceKm: positive(checkIn.distanceKm),
      durationSec: positive(checkIn.durationSec),
    });
  }
  // Each start instant is parsed once, not at every comparison.
  const startMs = new Map(entries.map((e) => [e, instantMs(e.session.startedAt)]));
  entries.sort(
    (a, b) =>
      (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0) ||
      startMs.get(a)! - startMs.get(b)! ||
      a.session.id.localeCompare(b.session.id),
  );
  const answer =
    painBefore && isLocalDate(painBefore.localDate) && daysBetween(painBefore.localDate, today) >= 0 ? painScore(painBefore.pain) : null;
  return {
    today,
    firstDate,
    entries,
    runs: entries.filter((e) => e.checkIn.dayType === 'run'),
    painBefore: answer === null ? null : { localDate: painBefore!.localDate, pain: answer },
  };
}

/** One pain score the runner gave: at a check-in (now or before the run) or after a warm-up. */
export interface PainScore {
  localDate: string;
  pain: number;
  /** The check-in it came from; null for a pain-before answer not yet in a check-in. */
  entry: Entry | null;
}

/** Every pain score given in the `days` days ending today, on any kind of day, oldest first. */
export function painScoresInLastDays(view: HistoryView, days: number): PainScore[] {
  const scores: PainScore[] = [];
  for (const e of view.entries) {
    if (!inLastDays(e.localDate, view.today, days)) continue;
    for (const pain of [e.painBefore, e.painNow]) if (pain !== null) scores.push({ localDate: e.localDate, pain, entry: e });
  }
  const answer = view.painBefore;
  if (answer && inLastDays(answer.localDate, view.today, days)) {
    scores.push({ localDate: answer.localDate, pain: answer.pain, entry: null });
    scores.sort((a, b) => a.localDate.localeCompare(b.localDate));
  }
  return scores;
}

/** True when localDate lies in the `days` calendar days ending on `end` (end included). */
export function inLastDays(localDate: string, end: string, days: number): boolean {
  // Callers pass checked local dates (the view's), so string order is day order.
  return localDate >= windowStartOf(end, days) && localDate <= end;
}

let lastWindow = { end: '', days: 0, start: '' };

/** windowStart, remembered for the last window asked: the rules ask the same one for every entry. */
function windowStartOf(end: string, days: number): string {
  if (lastWindow.end !== end || lastWindow.days !== days) lastWindow = { end, days, start: windowStart(end, days) };
  return lastWindow.start;
}

/** Entries on local dates from `from` to `to`, both included. */
export function between<T extends { localDate: string }>(items: readonly T[], from: string, to: string): T[] {
  return items.filter((e) => e.localDate >= from && e.localDate <= to);
}

/** The first day of the `days`-day window ending on `end`. */
export function windowStart(end: string, days: number): string {
  return addDays(end, -(days - 1));
}

/** True when the history reaches back to `localDate` (or earlier). */
export function historyCovers(view: HistoryView, localDate: string): boolean {
  return view.firstDate !== null && view.firstDate <= localDate;
}

/**
 * A rest day is a day with no run or cross-training check-in, or with a 'rest' check-in.
 * (A 'rest' check-in wins over activity logged the same day.)
 */
export function isRestDay(entries: readonly Entry[], localDate: string): boolean {
  const day = entries.filter((e) => e.localDate === localDate);
  if (day.some((e) => e.checkIn.dayType === 'rest')) return true;
  return !day.some((e) => e.checkIn.dayType === 'run' || e.checkIn.dayType === 'cross');
}

export function ids(entries: readonly Entry[]): string[] {
  return [...new Set(entries.map((e) => e.session.id))];
}
