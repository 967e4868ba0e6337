/**
 * The day a new stand-alone check-in is for: today by default, or a day the runner missed.
 * Plain module (no Electron, no DOM): main refuses a day with it, the form sets its limits with it.
 */
import { addDays, dayNumber, isLocalDate } from './dates';

/**
 * The earliest day a check-in may be back-dated to. Our own choice, not a medical rule: a pain
 * diary of a run more than a quarter-century ago is almost surely a mistyped year.
 */
export const EARLIEST_CHECK_IN_DAY = '2000-01-01';

/** Why a day cannot carry a check-in, as a fragment after the field's name ("Day …"), or null when it can. */
export function checkInDayProblem(localDate: string, today: string): string | null {
  if (!isLocalDate(localDate)) return 'must be a real calendar date';
  if (dayNumber(localDate) > dayNumber(today)) return 'cannot be after today: a check-in is for a day that has happened';
  if (dayNumber(localDate) < dayNumber(EARLIEST_CHECK_IN_DAY)) return 'cannot be before 1 January 2000';
  return null;
}

/** Local noon of a day: the start time given to a back-dated check-in, well inside its day in any time zone change. */
export function localNoonOf(localDate: string): Date {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const noon = new Date(0);
  noon.setFullYear(y, m - 1, d);
  noon.setHours(12, 0, 0, 0);
  return noon;
}

/** The question above the kind of day, in the check-in's own tense: a missed day is not "today". */
export function dayTypeQuestion(localDate: string, today: string): string {
  if (localDate === today || !isLocalDate(localDate)) return 'Today was';
  if (localDate === addDays(today, -1)) return 'Yesterday was';
  return 'That day was';
}
