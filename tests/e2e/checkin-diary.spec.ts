/**
 * The fuller diary end to end: a check-in by keyboard alone with two treatments and a spot score,
 * shown in History, found by the treatment filter and the spot chart; the check-in with everything
 * open passes axe and is looked at in light and dark at 1366×768 and 1024×640.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openCheckIn } from './fixtures/history-steps';
import { countKeys } from './fixtures/key-count';
import { test, expect } from './fixtures/test';

test('two treatments and a spot score, by keyboard alone, land in History and show', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await openCheckIn(page);
  const keys = countKeys(page);

  const painNow = page.getByRole('radiogroup', { name: 'Pain now' });
  await expect(painNow.getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  await keys.press('3');
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toHaveAttribute('aria-checked', 'true');
  // Pain before, the day type (a run), distance, time, the three checklists: straight to "Pain by spot".
  const summary = page.locator('summary', { hasText: 'Pain by spot' });
  for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await keys.press('Tab');
  await expect(summary).toBeFocused();
  const toSpots = keys.moves;
  await keys.press('Enter'); // opens it; does not save
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await keys.press('Tab');
  const lowerLeft = page.getByRole('combobox', { name: 'Lower back, left' });
  await expect(lowerLeft).toBeFocused();
  await expect(lowerLeft).toHaveValue('');
  await keys.press('6');
  await expect(lowerLeft).toHaveValue('6');
  await expect(summary).toContainText('1 scored');
  // Past the other seven spots to the treatments.
  for (let i = 0; i < 8; i++) await keys.press('Tab');
  const heat = page.getByRole('button', { name: 'Heat' });
  await expect(heat).toBeFocused();
  await keys.press('Space');
  await expect(heat).toHaveAttribute('aria-pressed', 'true');
  await keys.press('ArrowRight');
  await keys.press('ArrowRight');
  const wheel = page.getByRole('button', { name: 'The wheel' });
  await expect(wheel).toBeFocused();
  await keys.press('Enter'); // toggles; does not save
  await expect(wheel).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await keys.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await keys.press('Enter');

  // From the spot list on, 17 keys; the whole entry stays well inside 30 seconds.
  expect(keys.moves - toSpots).toBe(17);
  expect(keys.seconds()).toBeLessThan(30);

  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const row = page.getByRole('button', { name: /Run.*Pain 3/ });
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Heat, The wheel', { exact: true })).toBeVisible();
  await expect(page.getByText('Lower back, left: 6', { exact: true })).toBeVisible();

  // The treatment filter finds it, and a treatment not noted finds nothing.
  const filter = page.getByRole('combobox', { name: 'Treatment' });
  await filter.selectOption({ label: 'The wheel' });
  await expect(page.getByText('Showing 1 session of 1.')).toBeVisible();
  await filter.selectOption({ label: 'Ice' });
  await expect(page.getByText('No sessions match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).click();

  // The pain chart shows one spot on request, in words too.
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByRole('combobox', { name: 'Pain shown' }).selectOption({ label: 'Lower back, left' });
  await expect(page.getByText(/Pain at lower back, left was scored on 1 day\. Latest 7-day average: 6\.0/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Pain shown' }).selectOption({ label: 'Leg, right' });
  await expect(page.getByText('No scores for leg, right in the last 12 weeks.')).toBeVisible();
});

async function openEverything(page: Page): Promise<void> {
  await openCheckIn(page);
  await page.locator('summary', { hasText: 'Pain by spot' }).click();
  await page.getByRole('combobox', { name: 'Hip or buttock, right' }).selectOption('4');
  await page.getByRole('button', { name: 'Painkiller' }).click();
  await page.getByRole('button', { name: 'Stretching' }).click();
  await page.getByRole('textbox', { name: 'Painkiller name and dose (optional)' }).fill('ibuprofen 200 mg');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the check-in with spots and treatments open passes axe and fits, ${colorScheme}`, async ({ launch, snap }) => {
    const app = await launch({ colorScheme });
    const { page } = app;
    await openEverything(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`)).toEqual([]);
    for (const [width, height] of [
      [1366, 768],
      [1024, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}×${height}`).toBeLessThanOrEqual(0);
      await page.locator('summary', { hasText: 'Pain by spot' }).scrollIntoViewIfNeeded();
      await snap(app, `checkin-diary-${width}-${colorScheme}`);
    }
  });
}
