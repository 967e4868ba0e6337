/**
 * History aggregates for the history screen: weekly summaries, the pain series, the calendar
 * and filters. Everything is keyed by `session.localDate` (never by `startedAt`), so time zones
 * and DST changes can never move a session to another day or week. `startedAt` is only used to
 * order sessions within the same day.
 *
 * All functions are linear apart from one O(n log n) sort; none mutate their inputs.
 */
import type { WeekStartDay } from '../settings/types';
import { addDays, dayNumber, fromDayNumber, weekStartOf } from './dates';
import type { CheckIn, DayType, Session, Treatment } from './types';

export * from './units';

// ---------------------------------------------------------------------------------------------
// Pain bands

export const PAIN_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type PainBand = (typeof PAIN_BANDS)[number];

/**
 * none (0) | mild (1–3) | moderate (4–6) | severe (7–10). A non-whole value such as an average
 * is rounded to the nearest whole number first (3.4 → mild, 3.5 → moderate).
 */
export function painBand(pain: number): PainBand {
  const p = Math.round(pain);
  if (p <= 0) return 'none';
  if (p <= 3) return 'mild';
  if (p <= 6) return 'moderate';
  return 'severe';
}

// ---------------------------------------------------------------------------------------------
// Ordering

/** A copy of sessions, newest first: later localDate first, then later startedAt, then id. */
export function sortNewestFirst(sessions: readonly Session[]): Session[] {
  // Instants are only parsed for sessions that share a day with another (lazily, once each).
  const keyed = sessions.map((s) => ({ s, t: Number.NaN }));
  keyed.sort((a, b) => {
    if (a.s.localDate !== b.s.localDate) return a.s.localDate < b.s.localDate ? 1 : -1;
    if (Number.isNaN(a.t)) a.t = instantMs(a.s.startedAt);
    if (Number.isNaN(b.t)) b.t = instantMs(b.s.startedAt);
    if (a.t !== b.t) return b.t - a.t;
    return a.s.id < b.s.id ? 1 : a.s.id > b.s.id ? -1 : 0;
  });
  return keyed.map((k) => k.s);
}

function instantMs(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

// ---------------------------------------------------------------------------------------------
// Weekly summaries

export interface WeekSummary {
  /** Local date of the first day of the week (the runner's chosen week start day). */
  weekStart: string;
  /** Local date of the last day of the week (weekStart + 6). */
  weekEnd: string;
  /** Check-ins with dayType 'run'. */
  runCount: number;
  /** Check-ins with dayType 'cross'. */
  crossCount: number;
  /** Check-ins with dayType 'rest'. */
  restCount: number;
  /** Sessions with a routine. */
  routineCount: number;
  /** Sum of distanceKm over run check-ins. */
  distanceKm: number;
  /** Mean painNow over check-ins that have one; null when none do. */
  avgPainAfter: number | null;
  /**
   * Total duration / total distance over runs that have both a distance and a duration
   * (seconds per km); null when there are none.
   */
  avgPaceSecPerKm: number | null;
  /** The week's sessions, newest first. */
  sessions: Session[];
}

/**
 * One summary per week that has at least one session, newest week first. Weeks with no session
 * are left out (the calendar shows empty weeks).
 */
export function weeklySummaries(sessions: readonly Session[], weekStartDay: WeekStartDay): WeekSummary[] {
  const out: WeekSummary[] = [];
  let current: WeekSummary | null = null;
  let painSum = 0;
  let painCount = 0;
  let paceSec = 0;
  let paceKm = 0;

  const finish = () => {
    if (!current) return;
    current.avgPainAfter = painCount > 0 ? painSum / painCount : null;
    current.avgPaceSecPerKm = paceKm > 0 ? paceSec / paceKm : null;
  };

  for (const s of sortNewestFirst(sessions)) {
    // Sorted newest first, so a session is either in the current week or starts an older one.
    // YYYY-MM-DD strings compare chronologically, so date maths runs once per week only.
    if (!current || s.localDate < current.weekStart) {
      finish();
      const weekStart = weekStartOf(s.localDate, weekStartDay);
      current = {
        weekStart,
        weekEnd: addDays(weekStart, 6),
        runCount: 0,
        crossCount: 0,
        restCount: 0,
        routineCount: 0,
        distanceKm: 0,
        avgPainAfter: null,
        avgPaceSecPerKm: null,
        sessions: [],
      };
      out.push(current);
      painSum = painCount = paceSec = paceKm = 0;
    }
    current.sessions.push(s);
    if (s.routine) current.routineCount++;
    const c = s.checkIn;
    if (!c) continue;
    if (c.painNow !== null) {
      painSum += c.painNow;
      painCount++;
    }
    if (c.dayType === 'cross') current.crossCount++;
    else if (c.dayType === 'rest') current.restCount++;
    else {
      current.runCount++;
      if (c.distanceKm !== null) {
        current.distanceKm += c.distanceKm;
        if (c.durationSec !== null) {
          paceSec += c.durationSec;
          paceKm += c.distanceKm;
        }
      }
    }
  }
  finish();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pain series

export interface PainPoint {
  localDate: string;
  /** The day's worst (maximum) painNow. */
  pain: number;
  /** Mean of `pain` over the days with a value among this day and the 6 days before it. */
  avg7: number;
}

/**
 * One point per local day that has at least one painNow value (or the score `scoreOf` reads, such
 * as one spot's), oldest first.
 *
 * The day's pain is the MAXIMUM of its check-ins, not the last: a flare-up must not be hidden
 * by a calmer check-in later the same day, and the value does not depend on entry order.
 */
export function painSeries(
  sessions: readonly Session[],
  scoreOf: (c: CheckIn) => number | null | undefined = (c) => c.painNow,
): PainPoint[] {
  const maxByDay = new Map<string, number>();
  for (const s of sessions) {
    const p = s.checkIn ? scoreOf(s.checkIn) : null;
    if (p === null || p === undefined) continue;
    const prev = maxByDay.get(s.localDate);
    if (prev === undefined || p > prev) maxByDay.set(s.localDate, p);
  }
  // YYYY-MM-DD strings sort chronologically.
  const days = [...maxByDay.keys()].sort();
  const dayNums = days.map(dayNumber);
  const points: PainPoint[] = [];
  let windowStart = 0;
  let windowSum = 0;
  for (let i = 0; i < days.length; i++) {
    const date = days[i]!;
    const pain = maxByDay.get(date)!;
    const dn = dayNums[i]!;
    windowSum += pain;
    while (dayNums[windowStart]! < dn - 6) {
      windowSum -= maxByDay.get(days[windowStart]!)!;
      windowStart++;
    }
    points.push({ localDate: date, pain, avg7: windowSum / (i - windowStart + 1) });
  }
  return points;
}

// ---------------------------------------------------------------------------------------------
// Calendar

export interface CalendarDay {
  localDate: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** A check-in that day said run / cross-training / rest (several may be true). */
  run: boolean;
  cross: boolean;
  rest: boolean;
  /** A routine was done that day. */
  routine: boolean;
  isToday: boolean;
  isFuture: boolean;
}

export interface CalendarWeek {
  weekStart: string;
  /** Exactly 7 days, starting on the week start day. */
  days: CalendarDay[];
}

/**
 * `weeks` rows of 7 days, oldest first; the last row is the week containing `today`.
 * Throws a RangeError if `weeks` is not a positive whole number or `today` is not a local date.
 */
export function calendarWeeks(sessions: readonly Session[], today: string, weekStartDay: WeekStartDay, weeks = 12): CalendarWeek[] {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 10_000) {
    throw new RangeError(`weeks must be a whole number from 1 to 10000, got ${weeks}`);
  }
  const todayNum = dayNumber(today);
  const first = dayNumber(weekStartOf(today, weekStartDay)) - 7 * (weeks - 1);
  const byDate = new Map<string, CalendarDay>();
  const rows: CalendarWeek[] = [];
  for (let w = 0; w < weeks; w++) {
    const days: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const dn = first + w * 7 + d;
      const localDate = fromDayNumber(dn);
      const day: CalendarDay = {
        localDate,
        weekday: (weekStartDay + d) % 7,
        run: false,
        cross: false,
        rest: false,
        routine: false,
        isToday: dn === todayNum,
        isFuture: dn > todayNum,
      };
      byDate.set(localDate, day);
      days.push(day);
    }
    rows.push({ weekStart: days[0]!.localDate, days });
  }
  for (const s of sessions) {
    const day = byDate.get(s.localDate);
    if (!day) continue;
    if (s.routine) day.routine = true;
    const t = s.checkIn?.dayType;
    if (t) day[t] = true;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Filters

export interface SessionFilter {
  /** Only sessions whose routine has this id. */
  routineId?: string;
  /** Only sessions whose check-in has this day type. */
  dayType?: DayType;
  /** Only sessions whose check-in's painNow (pain after) falls in this band. */
  painBand?: PainBand;
  /** Only sessions whose check-in notes this treatment. */
  treatment?: Treatment;
}

/** Sessions matching every given criterion, in their original order. */
export function filterSessions(sessions: readonly Session[], filter: SessionFilter): Session[] {
  const { routineId, dayType, painBand: band, treatment } = filter;
  return sessions.filter((s) => {
    if (routineId !== undefined && s.routine?.routineId !== routineId) return false;
    if (treatment !== undefined && !s.checkIn?.treatments.includes(treatment)) return false;
    if (dayType !== undefined && s.checkIn?.dayType !== dayType) return false;
    if (band !== undefined) {
      const p = s.checkIn?.painNow;
      if (p === null || p === undefined || painBand(p) !== band) return false;
    }
    return true;
  });
}
