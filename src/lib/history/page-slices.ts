/** The History list while its page comes from main in slices: the weeks answered so far, and what is kept below them. */
import type { WeekSummary } from './stats';
import type { HistoryPage } from './page';

/**
 * The list after one more slice: the weeks answered so far in order, then, while more slices are coming, the weeks
 * shown before that are older than them (a refresh of the same list keeps its lower rows until their slice comes,
 * so the list does not shrink and grow back under the runner's eyes).
 */
export function joinSlice(
  fetched: readonly WeekSummary[],
  shownBefore: readonly WeekSummary[],
  slice: HistoryPage,
  done: boolean,
): HistoryPage {
  const oldest = fetched.at(-1)?.weekStart;
  const kept = done || oldest === undefined ? [] : shownBefore.filter((w) => w.weekStart < oldest);
  return { ...slice, weeks: [...fetched, ...kept], olderWeeks: Math.max(0, slice.olderWeeks - kept.length) };
}
