/** Display formatting for the history screen (local dates are calendar days: shown in UTC). */
import { dayNumber } from '../../lib/history/dates';
import { kmToUnit } from '../../lib/history/units';
import type { DistanceUnit } from '../../lib/settings/types';
import { formatShortDate } from '../../lib/format/short-date';

function dateOf(localDate: string): Date {
  return new Date(dayNumber(localDate) * 86_400_000);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue 4 Nov" (in the system's locale order). */
export function formatDay(localDate: string): string {
  return dayFormat.format(dateOf(localDate));
}

export { formatLongDay } from '../../lib/format/day';

/** "4 Nov" (from src/lib/format: the charts' pure data labels days with it too). */
export { formatShortDate } from '../../lib/format/short-date';

/** "4 Nov 2026". */
export function formatFullDate(localDate: string): string {
  return fullFormat.format(dateOf(localDate));
}

/** "3 Nov – 9 Nov" this year; "19 Jan – 25 Jan 2015" for another (imported runs can be years old). */
export function formatWeek(weekStart: string, weekEnd: string, thisYear: number = new Date().getFullYear()): string {
  const startYear = Number(weekStart.slice(0, 4));
  const endYear = Number(weekEnd.slice(0, 4));
  if (startYear === thisYear && endYear === thisYear) return `${formatShortDate(weekStart)} – ${formatShortDate(weekEnd)}`;
  return `${startYear === endYear ? formatShortDate(weekStart) : formatFullDate(weekStart)} – ${formatFullDate(weekEnd)}`;
}

/** "14.2 km" in the runner's unit, one decimal. */
export function formatDistance(km: number, unit: DistanceUnit): string {
  return `${kmToUnit(km, unit).toFixed(1)} ${unit}`;
}

/** "12 min 30 s", "1 h 05 min", "45 s". */
export function formatActive(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** "2.4" (one decimal), or "–" when there is none. */
export function formatAverage(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

export { plural } from '../../lib/format/plural';
