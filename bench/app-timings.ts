/**
 * What a runner waits for in the built app, measured inside the page: Home visible after a
 * reload, History's first rows after the click, Charts drawn after the tab, and the JS heap with
 * History open. Each is the time from the runner's action to the frame that shows the result.
 */
import type { Page } from '@playwright/test';
import { launchApp } from '../tests/e2e/fixtures/launch-app';

export interface AppTimings {
  homeMs: number[];
  historyMs: number[];
  chartsMs: number[];
  heapMb: number;
  /** Script files asked for before Home was visible (the last reload). */
  homeScripts: string[];
}

declare global {
  interface Window {
    __homeVisibleAt?: number;
  }
}

/**
 * Installed before every load: notes when Home's first door and today's suggestion (which needs the
 * history) are both in the DOM and painted (ms since navigation start).
 */
export function watchForHome(): void {
  const found = () =>
    [...document.querySelectorAll('button')].some((b) => b.textContent?.trim().startsWith('Before the run')) &&
    document.querySelector('.suggestion') !== null;
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__homeVisibleAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function homeAfterReload(page: Page): Promise<number> {
  await page.reload();
  await page.waitForFunction(() => window.__homeVisibleAt !== undefined);
  return page.evaluate(() => window.__homeVisibleAt!);
}

/** From the click (on History, or on the Charts tab) until its result is on screen, after the next paint. */
export function clickUntil(page: Page, what: 'history' | 'charts'): Promise<number> {
  // One function for both: the app's CSP forbids building code from strings in the page.
  return page.evaluate(
    (which) =>
      new Promise<number>((resolve) => {
        const find = (selector: string, text: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent?.trim() === text)!;
        const target = which === 'history' ? find('nav button', 'History') : find('[role="tab"]', 'Charts');
        const done = () => {
          if (which === 'history') return document.querySelector('#history-panel [aria-expanded]') !== null;
          const canvases = [...document.querySelectorAll('canvas')];
          return canvases.length === 3 && canvases.every((c) => c.width > 0);
        };
        const t0 = performance.now();
        const poll = () =>
          done() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)) : requestAnimationFrame(poll);
        target.click();
        requestAnimationFrame(poll);
      }),
    what,
  );
}

export async function measureApp(dataDir: string, runs: number, withHistory: boolean): Promise<AppTimings> {
  // The bridge launch: built renderer and preload, main's handlers over the real store (a reload works there).
  const app = await launchApp({ mode: 'bridge', dataDir });
  const { page } = app;
  const timings: AppTimings = { homeMs: [], historyMs: [], chartsMs: [], heapMb: 0, homeScripts: [] };
  try {
    await page.addInitScript(watchForHome);
    await page.getByRole('button', { name: /^Before the run/ }).waitFor();
    for (let i = 0; i < runs; i++) timings.homeMs.push(await homeAfterReload(page));
    // Only what was asked before Home was visible: History's code is prefetched once Home sits idle.
    timings.homeScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'css' && e.name.endsWith('.js'))
        .filter((e) => e.startTime <= window.__homeVisibleAt!)
        .map((e) => e.name.split('/').pop()!),
    );
    if (!withHistory) return timings;
    for (let i = 0; i < runs; i++) {
      // Each open starts from a fresh launch's Home, as a runner's first look at History after opening the app
      // does (coming back to History later reuses what the first open read, and would hide its cost).
      await homeAfterReload(page);
      timings.historyMs.push(await clickUntil(page, 'history'));
      timings.chartsMs.push(await clickUntil(page, 'charts'));
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    timings.heapMb = usedSize / 1024 / 1024;
    return timings;
  } finally {
    await app.close();
  }
}
