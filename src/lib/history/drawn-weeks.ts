/** How much of a page of weeks the list draws in one go, so that a long page never holds the window for one long task. */

/** About what the window draws within a frame or two on a slow machine (some 40 ms of rows). */
export const ROWS_PER_FRAME = 60;

/** The number of weeks, from the first, whose sessions fit within `rows`; at least one week when there is one. */
export function weeksWithinRows(weeks: readonly { sessions: readonly unknown[] }[], rows: number): number {
  let used = 0;
  let count = 0;
  for (const week of weeks) {
    used += week.sessions.length;
    if (count > 0 && used > rows) break;
    count++;
  }
  return count;
}
