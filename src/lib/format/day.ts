/** Calendar days in words. A local date is a calendar day, so it is formatted in UTC and never shifts a day. */
import { dayNumber } from '../history/dates';

const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Thursday 27 November" (in the system's locale order) for a local date "2026-11-27". */
export function formatLongDay(localDate: string): string {
  return longDayFormat.format(new Date(dayNumber(localDate) * 86_400_000));
}
