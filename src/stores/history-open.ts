/** Opening the History list: its first rows as soon as can be, then the rest of the page. */
import { FIRST_SCREEN_WEEKS, historyState, loadPage } from './history.svelte';

export { FIRST_SCREEN_WEEKS };

let opening: Promise<void> | null = null;

/**
 * The first time, a screenful of weeks (not some 80 rows to send and draw) comes first, then the rest of the page
 * below it in slices; later opens ask for the page again. Asked with the click, while the screen's code may still
 * load, and again by the screen once mounted: one opening answers both.
 */
export function openPage(): Promise<void> {
  opening ??= loadPage(undefined, historyState.pageLoaded ? undefined : FIRST_SCREEN_WEEKS).finally(() => (opening = null));
  return opening;
}
