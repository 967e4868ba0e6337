/**
 * Calendar-day arithmetic on local dates ("YYYY-MM-DD").
 * Sessions carry the local day they happened on, so all weekly maths is done on plain calendar
 * days (as UTC midnights internally) and can never be shifted by time zones or DST changes.
 */
import type { WeekStartDay } from '../settings/types';

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a local date; throws on a malformed or impossible date. */
export function dayNumber(localDate: string): number {
  const m = LOCAL_DATE.exec(localDate);
  if (!m) throw new Error(`Not a local date (YYYY-MM-DD): ${localDate}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`Not a real calendar date: ${localDate}`);
  }
  return Math.round(ms / DAY_MS);
}

export function isLocalDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The earliest year a session may carry: nothing was recorded by this app before the Unix epoch. */
export const FIRST_PLAUSIBLE_YEAR = 1970;

/** A local date a session could really have: a real calendar date from 1970 to next year (by `now`). */
export function isPlausibleLocalDate(value: string, now: Date = new Date()): boolean {
  if (!isLocalDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_PLAUSIBLE_YEAR && year <= now.getUTCFullYear() + 1;
}

/** The furthest any real time zone is from UTC (UTC+14, Kiribati; the westmost is UTC−12). */
const MAX_ZONE_OFFSET_MS = 14 * 3_600_000;

/** True when `localDate` is the calendar date of `instant` in some real time zone (UTC−12 … UTC+14, rounded out to ±14 h). */
export function isLocalDateOfInstant(localDate: string, instant: string): boolean {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || !isLocalDate(localDate)) return false;
  const day = dayNumber(localDate);
  return day >= Math.floor((ms - MAX_ZONE_OFFSET_MS) / DAY_MS) && day <= Math.floor((ms + MAX_ZONE_OFFSET_MS) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(localDate: string, days: number): string {
  return fromDayNumber(dayNumber(localDate) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(localDate: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(localDate) + 4) % 7) + 7) % 7;
}

/** The first day of the week containing localDate, for weeks starting on weekStartDay. */
export function weekStartOf(localDate: string, weekStartDay: WeekStartDay): string {
  const offset = (weekday(localDate) - weekStartDay + 7) % 7;
  return addDays(localDate, -offset);
}

/** The runner's local calendar day of an instant, in a time zone (default: the system's). */
export function localDateOf(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Day names by Date#getDay number, as the week-start setting stores them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * "this week (since Monday)": a count over the calendar week says so, unlike one over the last 7
 * days ("in the last 7 days"), so two numbers on screen never seem to disagree.
 */
export function thisWeekWords(weekStartDay: WeekStartDay): string {
  return `this week (since ${WEEKDAYS[weekStartDay]})`;
}

/** Orders ISO instants by the moment they name: "08:00+02:00" is before "07:00Z", which text order gets wrong. */
export function compareInstants(a: string, b: string): number {
  // Two instants as toISOString writes them compare as text: a save scans the whole history, and Date.parse is 20× slower.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, speed only; Date.parse orders these the same
  if (isIsoUtc(a) && isIsoUtc(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}

/** "2026-03-01T07:00:00.000Z": the one fixed-width form in which text order is time order. */
// Stryker disable next-line all: equivalent, speed only; for every form Date.parse reads the order is the same (dates.test)
const isIsoUtc = (s: string) => s.length === 24 && s[23] === 'Z' && s[10] === 'T' && s[19] === '.' && s[4] === '-';
