/** Opening the History list: its first rows as soon as can be, then the whole page. */
import { historyState, loadPage } from './history.svelte';

/** About a screenful: the first open asks for these weeks alone, so that its first rows paint at once, then for the whole page. */
export const FIRST_SCREEN_WEEKS = 2;

let opening: Promise<void> | null = null;

/**
 * The first time, a screenful of weeks (not some 80 rows to send and draw) comes first, then the whole page below it;
 * later opens ask for the page again. Asked with the click, while the screen's code may still load, and again by the
 * screen once mounted: one opening answers both.
 */
export function openPage(): Promise<void> {
  opening ??= (async () => {
    if (!historyState.pageLoaded && historyState.weeks > FIRST_SCREEN_WEEKS) {
      await loadPage(FIRST_SCREEN_WEEKS);
      // Drawing the whole page must not hold back the frame that shows the first rows.
      if (typeof requestAnimationFrame === 'function') await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
    await loadPage();
  })().finally(() => (opening = null));
  return opening;
}
