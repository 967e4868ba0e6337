/**
 * A check-in for a day the runner missed (issue 18, "Any day's entry"): dated on the check-in
 * screen, it lands on that day in the list, the calendar and the pain chart.
 */
import { addDays, localDateOf } from '../../src/lib/history/dates';
import { formatDay, formatLongDay, formatShortDate } from '../../src/components/history/format';
import { test, expect } from './fixtures/test';

test('a check-in dated three days ago lands on that day in History, the calendar and the charts', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const today = localDateOf(new Date());
  const day = addDays(today, -3);

  await page.getByRole('button', { name: 'Check in without a routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  // Today by default, never later; the pain row still has focus and Shift+Tab reaches the day.
  const dayField = page.getByLabel('Day', { exact: true });
  await expect(dayField).toHaveValue(today);
  await expect(dayField).toHaveAttribute('max', today);
  const painNow = page.getByRole('radiogroup', { name: 'Pain now' });
  await expect(painNow.getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dayField).toBeFocused();
  await dayField.fill(day);
  // Tab leaves the date's own parts (day, month, year) for the pain row.
  const pain0 = painNow.getByRole('radio', { name: 'Pain 0 — no pain' });
  for (let i = 0; i < 4 && !(await pain0.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(pain0).toBeFocused();
  await page.keyboard.press('6');
  await expect(painNow.getByRole('radio', { name: 'Pain 6 — moderate' })).toHaveAttribute('aria-checked', 'true');
  // Past pain before, to the day type: Run → Cross-training → Rest.
  for (const key of ['Tab', 'Tab', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  await expect(page.getByRole('radio', { name: 'Rest' })).toBeChecked();
  await snap(app, 'checkin-past-day');
  await page.keyboard.press('Enter');

  // History opens with it, on its own day.
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  const row = page.getByRole('button', { name: /Rest day.*Pain 6/ });
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(row).toContainText(formatDay(day));

  // The calendar marks that day, and today stays empty.
  await page.getByRole('tab', { name: 'Calendar' }).click();
  const calendar = page.getByRole('table');
  await expect(calendar.getByRole('cell', { name: `${formatLongDay(day)}: rest day` })).toHaveCount(1);
  await expect(calendar.getByRole('cell', { name: `${formatLongDay(today)} (today): nothing recorded` })).toHaveCount(1);

  // The pain chart's summary names that day as the latest score.
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.getByText(`Latest 7-day average: 6.0 (${formatShortDate(day)}).`)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Pain over time chart' })).toBeVisible();
});
