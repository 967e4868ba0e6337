/**
 * What the summary for a doctor's visit counts from the history, apart from how it is printed:
 * the weeks, where and what kind of pain, cross-training, the days with red flags or nerve
 * symptoms, the findings and the runner's notes.
 */
import { addDays, daysBetween, isLocalDate, weekStartOf } from '../../history/dates';
import { isEmergencyFlag, orderedFlags } from '../../history/red-flags';
import type { CheckIn, PainKind, PainLocation, RedFlag, Session } from '../../history/types';
import type { Settings } from '../../settings/types';
import { evaluateGuidance } from '../evaluate';
import type { Finding, PainBeforeAnswer } from '../types';
import { treatmentsNoted, type TreatmentsNoted } from './treatments';
import { runFigures, spotScores, type RunFigures, type SpotScores } from './spots';

export interface SummaryContext {
  /** The runner's local calendar day (YYYY-MM-DD). */
  today: string;
  settings: Settings;
  /** When the runner last said a doctor had seen them (ISO instant), as for the findings on screen. */
  seenDoctorAt?: string | null;
  /** The last pain-before answer after a warm-up, as for the findings on screen. */
  painBefore?: PainBeforeAnswer | null;
}

/** How many calendar weeks the summary covers (the current week and the 7 before it). */
export const SUMMARY_WEEKS = 8;

export interface WeekRow {
  start: string;
  end: string;
  runs: number;
  distanceKm: number;
  painAfterRuns: number[];
}

export interface SymptomDay {
  localDate: string;
  /** Emergency signs ticked that day, in the list's order. */
  emergency: RedFlag[];
  /** Other red flags ticked that day, in the list's order. */
  otherFlags: RedFlag[];
  /** Nerve symptoms in words, e.g. "numbness or tingling". */
  nerve: string[];
}

export interface NoteRow {
  localDate: string;
  dayType: CheckIn['dayType'];
  pain: number | null;
  text: string;
}

export interface SummaryData {
  today: string;
  firstWeek: string;
  weeks: WeekRow[];
  runCount: number;
  totalKm: number;
  checkInCount: number;
  routineCount: number;
  /** Every pain score given after a run in the window. */
  runPain: number[];
  locations: Map<PainLocation, number>;
  kinds: Map<PainKind, number>;
  /** Cross-training kinds as first written, most frequent first. */
  crossKinds: { label: string; count: number }[];
  /** Newest first. */
  symptomDays: SymptomDay[];
  /** All findings: a dismissal hides a finding in the app, not from the doctor. */
  findings: Finding[];
  /** Notes, newest first. */
  notes: NoteRow[];
  treatments: TreatmentsNoted;
  spots: SpotScores[];
  runFigures: RunFigures;
}

export function validPain(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

function validDistance(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function nerveSymptoms(checkIn: CheckIn): string[] {
  const nerve: string[] = [];
  if (checkIn.kinds.includes('numbness')) nerve.push('numbness or tingling');
  if (checkIn.kinds.includes('shooting')) nerve.push('shooting pain down the leg');
  if (checkIn.locations.includes('leg')) nerve.push('pain down a leg');
  return nerve;
}

/**
 * Counts the last 8 calendar weeks (by the runner's week start), up to `today`; sessions dated
 * after today or with a malformed date are left out. Throws if `today` is not a real local date.
 */
export function summaryData(sessions: readonly Session[], context: SummaryContext): SummaryData {
  const { today, settings } = context;
  const firstWeek = addDays(weekStartOf(today, settings.weekStartDay), -7 * (SUMMARY_WEEKS - 1));

  const inWindow = sessions
    .filter((s) => isLocalDate(s.localDate) && s.localDate >= firstWeek && s.localDate <= today)
    .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.startedAt.localeCompare(b.startedAt));
  const checkIns = inWindow.flatMap((s) => (s.checkIn ? [{ session: s, checkIn: s.checkIn }] : []));

  const weeks: WeekRow[] = [];
  for (let w = 0; w < SUMMARY_WEEKS; w++) {
    const start = addDays(firstWeek, 7 * w);
    weeks.push({ start, end: addDays(start, 6), runs: 0, distanceKm: 0, painAfterRuns: [] });
  }
  const locations = new Map<PainLocation, number>();
  const kinds = new Map<PainKind, number>();
  const crossKinds = new Map<string, { label: string; count: number }>();
  const symptoms = new Map<string, { flags: Set<RedFlag>; nerve: Set<string> }>();
  for (const { session, checkIn } of checkIns) {
    const week = weeks[Math.floor(daysBetween(firstWeek, session.localDate) / 7)]!;
    if (checkIn.dayType === 'run') {
      week.runs++;
      week.distanceKm += validDistance(checkIn.distanceKm) ?? 0;
      const pain = validPain(checkIn.painNow);
      if (pain !== null) week.painAfterRuns.push(pain);
    }
    for (const l of new Set(checkIn.locations)) locations.set(l, (locations.get(l) ?? 0) + 1);
    for (const k of new Set(checkIn.kinds)) kinds.set(k, (kinds.get(k) ?? 0) + 1);
    const cross = checkIn.dayType === 'cross' ? checkIn.crossTrainingKind.trim() : '';
    if (cross) {
      const key = cross.toLocaleLowerCase();
      const entry = crossKinds.get(key) ?? { label: cross, count: 0 };
      entry.count++;
      crossKinds.set(key, entry);
    }
    const nerve = nerveSymptoms(checkIn);
    if (checkIn.redFlags.length === 0 && nerve.length === 0) continue;
    const day = symptoms.get(session.localDate) ?? { flags: new Set<RedFlag>(), nerve: new Set<string>() };
    for (const f of checkIn.redFlags) day.flags.add(f);
    for (const n of nerve) day.nerve.add(n);
    symptoms.set(session.localDate, day);
  }

  const findings = evaluateGuidance(sessions, {
    today,
    backPainType: settings.backPainType,
    weekStartDay: settings.weekStartDay,
    seenDoctorAt: context.seenDoctorAt ?? null,
    painBefore: context.painBefore ?? null,
  });

  return {
    today,
    firstWeek,
    weeks,
    runCount: weeks.reduce((n, w) => n + w.runs, 0),
    totalKm: weeks.reduce((n, w) => n + w.distanceKm, 0),
    checkInCount: checkIns.length,
    routineCount: inWindow.filter((s) => s.routine).length,
    runPain: weeks.flatMap((w) => w.painAfterRuns),
    locations,
    kinds,
    crossKinds: [...crossKinds.values()].sort((a, b) => b.count - a.count),
    symptomDays: [...symptoms]
      .map(([localDate, day]) => {
        const flags = orderedFlags(day.flags);
        return {
          localDate,
          emergency: flags.filter(isEmergencyFlag),
          otherFlags: flags.filter((f) => !isEmergencyFlag(f)),
          nerve: [...day.nerve],
        };
      })
      .reverse(),
    findings,
    treatments: treatmentsNoted(checkIns.map(({ session, checkIn }) => ({ localDate: session.localDate, checkIn }))),
    spots: spotScores(checkIns.map((c) => c.checkIn)),
    runFigures: runFigures(checkIns.flatMap((c) => (c.checkIn.dayType === 'run' ? [c.checkIn] : []))),
    notes: checkIns
      .filter((c) => c.checkIn.note.trim() !== '')
      .map(({ session, checkIn }) => ({
        localDate: session.localDate,
        dayType: checkIn.dayType,
        pain: validPain(checkIn.painNow),
        text: checkIn.note.trim(),
      }))
      .reverse(),
  };
}
