/**
 * The compact player: a small window kept on top for a runner with other windows open. Going
 * compact and back by button and by key; countdown, movement and Next fully inside the small
 * window; the same keys; light and dark, axe. In the main project main's window calls are checked.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { COMPACT_WINDOW } from '../../src/lib/player/compact';
import type { LaunchedApp } from './fixtures/launch-app';
import { test, expect } from './fixtures/test';

const compactPlayer = (page: Page) => page.getByRole('region', { name: 'Compact player' });

async function startWarmUp(app: LaunchedApp) {
  const { page } = app;
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await app.page.clock.runFor(5_000 + 10_000);
}

/** Countdown, movement, Next line and buttons all inside the window, nothing to scroll. */
async function expectAllInside(page: Page) {
  const region = compactPlayer(page);
  for (const part of [
    region.getByRole('timer', { name: 'Time left in this step' }),
    region.getByRole('heading', { level: 1 }),
    region.getByText(/^Next:/),
    region.getByRole('button', { name: /^(Pause|Resume)$/ }),
    region.getByRole('button', { name: 'Skip →' }),
    region.getByRole('button', { name: 'Full player' }),
  ]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  const scroll = await page.evaluate(() => [
    document.documentElement.scrollHeight - innerHeight,
    document.documentElement.scrollWidth - innerWidth,
  ]);
  expect(scroll).toEqual([0, 0]);
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function mainWindow(app: LaunchedApp) {
  return (await app.shell!.windowState())[0]!;
}

test('the compact player: small and on top, the same keys, and back to the full player', async ({ launch, snap }) => {
  test.setTimeout(150_000);
  const app = await launch({ fakeClock: true });
  const { page } = app;
  const before = page.viewportSize()!;
  const normalBounds = app.shell ? (await mainWindow(app)).bounds : null;
  await startWarmUp(app);

  await page.getByRole('button', { name: 'Compact player' }).click();
  await expect(compactPlayer(page)).toBeVisible();
  await expect.poll(() => page.viewportSize()).toEqual({ ...COMPACT_WINDOW });
  await expect(page.getByRole('region', { name: 'Routine player' })).toBeHidden();
  await expectAllInside(page);
  if (app.shell) {
    const win = await mainWindow(app);
    expect(win.alwaysOnTop).toBe(true);
    expect(win.bounds).toMatchObject({ width: COMPACT_WINDOW.width, height: COMPACT_WINDOW.height });
    const onTop = (await app.shell.records()).filter((c) => c.api === 'BrowserWindow.setAlwaysOnTop');
    expect(onTop.map((c) => c.args.slice(1))).toEqual([[true, 'floating']]);
  }
  await snap(app, 'compact-player-light');
  await expectAxeClean(page);

  // The keys are the full player's: Space pauses and carries on, → skips to the next step.
  const region = compactPlayer(page);
  await page.keyboard.press(' ');
  await expect(region.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(region.getByText('Paused', { exact: true })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(region.getByRole('button', { name: 'Pause' })).toBeVisible();
  const next = (await region
    .getByText(/^Next:/)
    .locator('strong')
    .textContent())!;
  const name = (await region.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.keyboard.press('ArrowRight');
  await expect(region.getByRole('heading', { level: 1 })).not.toHaveText(name);
  // Skipped into the next step (or its get-ready): its movement is now the one shown.
  await expect(region.getByRole('heading', { level: 1 })).toContainText(next.split(',')[0]!);
  await expectAllInside(page);

  // C leaves, as it came: the full player at the window's own size, no longer on top.
  await page.keyboard.press('c');
  await expect(page.getByRole('region', { name: 'Routine player' })).toBeVisible();
  await expect.poll(() => page.viewportSize()).toEqual(before);
  if (app.shell) {
    const win = await mainWindow(app);
    expect(win.alwaysOnTop).toBe(false);
    expect(win.bounds).toEqual(normalBounds);
    expect(win.minimumSize).toEqual([800, 640]);
  }

  // C goes compact again, and Esc leaves it rather than asking to stop.
  await page.keyboard.press('c');
  await expect(compactPlayer(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Routine player' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Stop the routine?' })).toBeHidden();
  await expect.poll(() => page.viewportSize()).toEqual(before);
});

test('closed while compact, the window keeps its own size for next time', async ({ launch }) => {
  test.skip(test.info().project.name !== 'main', 'The window size is main’s: main project only.');
  const app = await launch({ fakeClock: true });
  const normalBounds = (await mainWindow(app)).bounds;
  await startWarmUp(app);
  await app.page.keyboard.press('c');
  await expect(compactPlayer(app.page)).toBeVisible();
  await expect.poll(async () => (await mainWindow(app)).bounds.width).toBe(COMPACT_WINDOW.width);
  const again = await app.relaunch();
  const win = (await again.shell!.windowState())[0]!;
  expect(win.bounds).toEqual(normalBounds);
  expect(win.alwaysOnTop).toBe(false);
});

test('the compact player in dark, and its Compact player button at 1024×640', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true, colorScheme: 'dark' });
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 640 });
  await startWarmUp(app);
  await expect(page.getByRole('button', { name: 'Compact player' })).toBeInViewport({ ratio: 1 });
  await snap(app, 'compact-player-button-1024-dark');
  await page.keyboard.press('c');
  await expect(compactPlayer(page)).toBeVisible();
  await expect.poll(() => page.viewportSize()).toEqual({ ...COMPACT_WINDOW });
  await expectAllInside(page);
  await snap(app, 'compact-player-dark');
  // A real window's title bar and menu take about 60 px of the 300: everything still fits.
  await page.setViewportSize({ width: COMPACT_WINDOW.width, height: COMPACT_WINDOW.height - 60 });
  await expectAllInside(page);
  await snap(app, 'compact-player-dark-framed');
  await expectAxeClean(page);
});
