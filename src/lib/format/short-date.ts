/** "4 Nov" (in the system's locale order) for a local date: the charts' axis and summary labels, the calendar's weeks. */
import { dayNumber } from '../history/dates';

// A local date is a calendar day: shown from its UTC midnight so that no time zone moves it.
const shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function formatShortDate(localDate: string): string {
  return shortFormat.format(new Date(dayNumber(localDate) * 86_400_000));
}
