/**
 * The check-in form's own logic, kept out of the component: what the runner typed (text in
 * their unit) to a CheckIn for main, a stored CheckIn back to form fields, and main's refusal
 * placed beside the field it concerns. Main still validates everything; this only reads input.
 */
import type { CheckIn, DayType, PainKind, PainLocation, RedFlag, RoutineRun, SpotPain, Treatment } from '../../lib/history/types';
import type { DistanceUnit } from '../../lib/settings/types';
import { formatDuration, formatPace, kmToUnit, unitToKm } from '../../lib/history/units';
import { besideField, issuesSentence } from '../../lib/ipc/field-words';
import { emptyCheckIn } from '../../lib/history/check-in';
import { distanceRangeWords } from '../../lib/history/distance-words';
import { checkInDayProblem } from '../../lib/history/check-in-day';
import { localDateOf } from '../../lib/history/dates';
import { issuesOf, plainRefusal } from '../../lib/ipc/plain-words';
import type { FormField } from '../../lib/checkin/refusal-fields';

export interface CheckInForm {
  painNow: number | null;
  painBefore: number | null;
  locations: PainLocation[];
  kinds: PainKind[];
  redFlags: RedFlag[];
  dayType: DayType;
  crossTrainingKind: string;
  /** As typed, in the runner's unit. */
  distance: string;
  /** As typed: minutes ("45", "45.5"), m:ss ("45:30"), h:mm:ss ("1:05:00") or "1h05". */
  duration: string;
  note: string;
  treatments: Treatment[];
  painkillerNote: string;
  spotPain: SpotPain;
  /** From an imported run file: shown, kept, not typed (a watch measures them; a guess would not be one). */
  avgHeartRate: number | null;
  climbM: number | null;
  /** The day of a new stand-alone check-in (YYYY-MM-DD): today unless changed; empty is today too. */
  day: string;
}

/** An empty form, its day today (the runner's local date). */
export function emptyForm(today = localDateOf(new Date())): CheckInForm {
  // Nothing given has no distance to convert, so the unit does not matter here.
  return { ...formFromCheckIn(emptyCheckIn(), 'km'), day: today };
}

/** A stored check-in as form fields (distance in the runner's unit, duration as h:mm:ss). */
export function formFromCheckIn(c: CheckIn, unit: DistanceUnit): CheckInForm {
  return {
    painNow: c.painNow,
    painBefore: c.painBefore,
    locations: [...c.locations],
    kinds: [...c.kinds],
    redFlags: [...c.redFlags],
    dayType: c.dayType,
    crossTrainingKind: c.crossTrainingKind,
    distance: c.distanceKm === null ? '' : String(Number(kmToUnit(c.distanceKm, unit).toFixed(2))),
    duration: formatDuration(c.durationSec),
    note: c.note,
    treatments: [...c.treatments],
    painkillerNote: c.painkillerNote,
    spotPain: { ...c.spotPain },
    avgHeartRate: c.avgHeartRate,
    climbM: c.climbM,
    day: '',
  };
}

/** The check-in's first line after a routine: "After “After the run”, 9 steps done." */
export function afterRoutineLine(run: Pick<RoutineRun, 'routineName' | 'stepsDone'>): string {
  return `After “${run.routineName}”, ${run.stepsDone} ${run.stepsDone === 1 ? 'step' : 'steps'} done.`;
}

export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

const NUMBER = /^\d+(?:[.,]\d*)?$|^[.,]\d+$/;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** A distance as typed ("8.5", "8,5"); empty is null. Range rules are main's. */
export function parseDistance(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!NUMBER.test(t)) return { ok: false, message: 'Type the distance as a number, such as 8.5' };
  return { ok: true, value: toNumber(t) };
}

const CLOCK = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/;
const UNITS = /^(?:(\d+(?:[.,]\d+)?)\s*h)?\s*(?:(\d+(?:[.,]\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/i;
const H_THEN_MINUTES = /^(\d+)\s*h\s*(\d{1,2})$/i;

/**
 * A duration as typed, in whole seconds; empty is null.
 * "45" or "45.5" are minutes; "45:30" is m:ss; "1:05:09" is h:mm:ss; "1h05", "1h 5m", "50m 30s" too.
 */
export function parseDuration(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const bad: Parsed = { ok: false, message: 'Type minutes (45), m:ss (45:30) or h:mm:ss (1:05:00)' };
  let seconds: number;
  if (NUMBER.test(t)) {
    seconds = toNumber(t) * 60;
  } else if (CLOCK.test(t)) {
    const [, a, b, c] = CLOCK.exec(t)!;
    if (c === undefined) {
      if (Number(b) > 59) return bad;
      seconds = Number(a) * 60 + Number(b);
    } else {
      if (Number(b) > 59 || Number(c) > 59) return bad;
      seconds = Number(a) * 3600 + Number(b) * 60 + Number(c);
    }
  } else if (H_THEN_MINUTES.test(t)) {
    const [, h, m] = H_THEN_MINUTES.exec(t)!;
    seconds = Number(h) * 3600 + Number(m) * 60;
  } else {
    const m = UNITS.exec(t);
    if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return bad;
    seconds = (m[1] ? toNumber(m[1]) * 3600 : 0) + (m[2] ? toNumber(m[2]) * 60 : 0) + (m[3] ? Number(m[3]) : 0);
  }
  return { ok: true, value: Math.round(seconds) };
}

/** The pace for what is typed so far ("5:21 /km"), or null while it cannot be worked out. */
export function livePace(form: Pick<CheckInForm, 'distance' | 'duration'>, unit: DistanceUnit): string | null {
  const distance = parseDistance(form.distance);
  const duration = parseDuration(form.duration);
  if (!distance.ok || !duration.ok || distance.value === null || duration.value === null) return null;
  if (!(distance.value > 0) || !(duration.value > 0)) return null;
  return formatPace(duration.value / unitToKm(distance.value, unit), unit);
}

export type { FormField, RunField } from '../../lib/checkin/refusal-fields';

/** localDate is set only for a day other than today (left out, main dates the check-in now). */
export type Built = { ok: true; checkIn: CheckIn; localDate?: string } | { ok: false; field: FormField; message: string };

/** Pain now is what every check-in is for: a stray Enter must not store one without it. */
export const PAIN_NOW_MISSING = 'Choose your pain now, from 0 (no pain) to 10, to save the check-in.';

/**
 * The CheckIn to send, once pain now is given: distance converted to km, fields that do not belong to the day type left
 * out (a typed distance stays in the form if the runner switches to rest and back).
 */
export function buildCheckIn(form: CheckInForm, unit: DistanceUnit, today = localDateOf(new Date())): Built {
  if (form.painNow === null) return { ok: false, field: 'painNow', message: PAIN_NOW_MISSING };
  const pastDay = form.day !== '' && form.day !== today;
  const dayProblem = pastDay ? checkInDayProblem(form.day, today) : null;
  if (dayProblem !== null) return { ok: false, field: 'day', message: besideField({ path: 'localDate', message: dayProblem }) };
  const run = form.dayType === 'run';
  let distanceKm: number | null = null;
  let durationSec: number | null = null;
  if (run) {
    const distance = parseDistance(form.distance);
    if (!distance.ok) return { ok: false, field: 'distance', message: distance.message };
    const duration = parseDuration(form.duration);
    if (!duration.ok) return { ok: false, field: 'duration', message: duration.message };
    distanceKm = distance.value === null ? null : unitToKm(distance.value, unit);
    durationSec = duration.value;
  }
  return {
    ok: true,
    checkIn: {
      painNow: form.painNow,
      painBefore: form.painBefore,
      locations: [...form.locations],
      kinds: [...form.kinds],
      redFlags: [...form.redFlags],
      dayType: form.dayType,
      crossTrainingKind: form.dayType === 'cross' ? form.crossTrainingKind : '',
      distanceKm,
      durationSec,
      note: form.note,
      treatments: [...form.treatments],
      // Like the cross-training kind: kept in the form while Painkiller is unticked, sent only with it.
      painkillerNote: form.treatments.includes('painkiller') ? form.painkillerNote : '',
      spotPain: { ...form.spotPain },
      avgHeartRate: run ? form.avgHeartRate : null,
      climbM: run ? form.climbM : null,
    },
    ...(pastDay ? { localDate: form.day } : {}),
  };
}

/** The form field that shows a refused value of main's, by the value's path. */
const FIELD_OF_PATH: Readonly<Record<string, FormField>> = {
  'checkIn.painNow': 'painNow',
  'checkIn.distanceKm': 'distance',
  'checkIn.durationSec': 'duration',
  localDate: 'day',
};

export interface Refusal {
  /** The first refused value a shown field can hold, in words for beside that field. */
  field: { field: FormField; message: string } | null;
  /** Everything else, in plain words that name their fields (null when the field says it all). */
  other: string | null;
}

/**
 * Main's refusal read from its issues: the first value one of the `shown` fields holds goes beside
 * it, the rest is said in words; an error without issues is said as main put it. Main checks the
 * distance in km: its range is said in the runner's unit.
 */
export function readRefusal(error: unknown, shown: readonly FormField[], unit: DistanceUnit): Refusal {
  const issues = issuesOf(error).map((issue) =>
    issue.path === 'checkIn.distanceKm' ? { ...issue, message: distanceRangeWords(unit) } : issue,
  );
  const fieldOf = (path: string): FormField | null =>
    Object.hasOwn(FIELD_OF_PATH, path) && shown.includes(FIELD_OF_PATH[path]!) ? FIELD_OF_PATH[path]! : null;
  const placed = issues.find((issue) => fieldOf(issue.path) !== null);
  const rest = issues.filter((issue) => issue !== placed);
  return {
    field: placed ? { field: fieldOf(placed.path)!, message: besideField(placed) } : null,
    other: rest.length > 0 ? issuesSentence(rest) : placed ? null : plainRefusal(error),
  };
}
