/**
 * A check-in from an empty calendar day (issue 18, "A fuller diary"): the day offers it, the
 * check-in opens dated that day, and once saved the day is marked in the calendar.
 */
import { addDays, localDateOf } from '../../src/lib/history/dates';
import { formatLongDay } from '../../src/components/history/format';
import { openCheckIn } from './fixtures/history-steps';
import { expect, test } from './fixtures/test';

test('an empty day in the calendar takes a check-in, which lands on that day', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const today = localDateOf(new Date());
  const day = addDays(today, -4);

  // One check-in today, so History has its views.
  await openCheckIn(page);
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();

  await page.getByRole('tab', { name: 'Calendar' }).click();
  const calendar = page.getByRole('table');
  await expect(calendar.getByRole('button', { name: `Add a check-in for ${formatLongDay(today)}` })).toHaveCount(0);
  const add = calendar.getByRole('button', { name: `Add a check-in for ${formatLongDay(day)}` });
  await page.mouse.move(0, 0);
  // Reached by Tab, as a keyboard user would: the focused day shows its ring.
  await add.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await expect(add).toContainText('+');
  await snap(app, 'calendar-add-check-in-1366x768');
  await page.setViewportSize({ width: 1024, height: 640 });
  await add.scrollIntoViewIfNeeded();
  await snap(app, 'calendar-add-check-in-1024x640');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(page.getByLabel('Day', { exact: true })).toHaveValue(day);
  await expect(page.getByRole('group', { name: 'That day was' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  await page.keyboard.press('5');
  await page.getByRole('radio', { name: 'Rest' }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await expect(calendar.getByRole('cell', { name: `${formatLongDay(day)}: rest day` })).toHaveCount(1);
  // The day now holds a check-in, so it no longer offers another.
  await expect(calendar.getByRole('button', { name: `Add a check-in for ${formatLongDay(day)}` })).toHaveCount(0);
  await expect(calendar.getByRole('button', { name: `Add a check-in for ${formatLongDay(addDays(day, -1))}` })).toHaveCount(1);
});
