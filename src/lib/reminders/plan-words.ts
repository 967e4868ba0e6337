/** Reading the reminder fields as typed, and the week as toggle buttons, before main is asked. */
import type { WeekStartDay } from '../settings/types';
import type { Weekday } from './types';

const SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The seven days in the runner's week order, each with its short and full name. */
export function weekButtons(weekStartDay: WeekStartDay): { day: Weekday; short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = ((weekStartDay + i) % 7) as Weekday;
    return { day, short: SHORT[day], long: LONG[day] };
  });
}

/** The plan's days with one switched on or off, in day order. */
export function toggleDay(days: readonly Weekday[], day: Weekday): Weekday[] {
  return (days.includes(day) ? days.filter((d) => d !== day) : [...days, day]).sort((a, b) => a - b);
}

/** "Mon, Wed, Sat at 07:00" for the plan, or what is missing. */
export function planSummary(days: readonly Weekday[], time: string, weekStartDay: WeekStartDay): string {
  if (days.length === 0) return 'No run days chosen: every day is a rest day.';
  const names = weekButtons(weekStartDay)
    .filter((b) => days.includes(b.day))
    .map((b) => b.short);
  return `${names.join(', ')} at ${time}`;
}

export type MinutesRead = { ok: true; value: number | null } | { ok: false; message: string };

/** Whole minutes as typed; empty is null when `emptyIs` allows it (the learned run length). */
export function readMinutes(text: string, emptyAllowed: boolean): MinutesRead {
  const t = text.trim();
  if (t === '') return emptyAllowed ? { ok: true, value: null } : { ok: false, message: 'Type a number of minutes.' };
  if (!/^-?\d+$/.test(t)) return { ok: false, message: 'Whole minutes, please.' };
  return { ok: true, value: Number(t) };
}
