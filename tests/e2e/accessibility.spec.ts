/**
 * axe-core scans of every screen, in light and dark: no WCAG 2.2 A/AA violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
  expect(summary, `${screen}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${colorScheme} theme`, async ({ launch }) => {
    // Two launches and seven full axe runs (the routine library now holds own movements too): alone it takes about 45 s.
    test.setTimeout(150_000);
    const setup = await launch({ colorScheme, firstRun: true });
    await expect(setup.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(setup.page, 'setup');

    const app = await launch({ colorScheme, fakeClock: true });
    const { page } = app;
    await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
    await expectNoViolations(page, 'home');

    for (const [button, heading] of [
      ['Routines', 'Routines'],
      ['History', 'History'],
      ['Settings', 'Settings'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: button }).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
      await expectNoViolations(page, button);
    }

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Check in without a routine' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, 'check-in');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: /^Before the run/ }).click();
    await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
    await page.clock.runFor(8_000);
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoViolations(page, 'player');
  });
}

test('text enlarged to 200% loses nothing: no sideways scrolling, the doors and the countdown still whole', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  // As the runner's text size set to 200%: the root font doubles, and every size in the app is relative to it.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%'));
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  for (const name of ['Routines', 'History', 'Settings']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
    expect(await overflow(), name).toBeLessThanOrEqual(0);
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await snap(app, 'home-text-200');
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(8_000);
  await expect(page.getByRole('timer')).toBeInViewport();
  expect(await overflow(), 'player').toBeLessThanOrEqual(0);
  await snap(app, 'player-text-200');
});
