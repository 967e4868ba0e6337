/**
 * The flow a runner repeats every run day, with the built-in routines Home starts: warm-up with
 * its pain question by keyboard, cool-down played out, the check-in that follows it, History.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

async function playUntil(page: Page, shown: () => Promise<boolean>) {
  for (let minute = 0; minute < 20 && !(await shown()); minute++) await page.clock.runFor(60_000);
}

test('Home → After the run → to the end → its check-in → one day in History', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;

  await page.getByRole('button', { name: /^Before the run/ }).click();
  const question = page.getByText('How does your back feel right now?');
  await playUntil(page, () => question.isVisible());
  // Focus is on the pain row: a digit moves to the score, Enter answers.
  await expect(page.getByRole('button', { name: 'Pain 0 — no pain' })).toBeFocused();
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: 'Pain 2 — mild' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Have a good run!' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to Home' }).click();

  await page.getByRole('button', { name: /^After the run/ }).click();
  const checkIn = page.getByRole('heading', { level: 1, name: 'Check in' });
  await playUntil(page, () => checkIn.isVisible());
  await expect(page.getByText('After “After the run”, 9 steps done.')).toBeVisible();
  await expect(page.getByText(/no longer in your history/)).toHaveCount(0);

  // A stray Enter saves nothing: pain now is asked for, beside the scale.
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Choose your pain now/)).toBeVisible();
  await expect(checkIn).toBeVisible();
  const stored = async () =>
    (
      await page.evaluate(() =>
        (window as unknown as { backstride: { listSessions: () => Promise<{ value: { checkIn: unknown }[] }> } }).backstride.listSessions(),
      )
    ).value;
  expect((await stored()).filter((s) => s.checkIn !== null)).toHaveLength(0);

  await page.setViewportSize({ width: 1024, height: 640 });
  await snap(app, 'checkin-pain-now-missing-1024');
  await page.keyboard.press('3');
  await page.getByRole('textbox', { name: 'Distance (km)' }).fill('7');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const week = page.getByRole('region', { name: /^Week of/ }).first();
  await expect(week.getByRole('listitem')).toHaveCount(1);
  const day = week.getByRole('button', { name: /Run, 7\.0 km Pain 2 → 3 Before the run \+ After the run/ });
  await expect(day).toBeVisible();
  await expect(page.getByRole('button', { name: /Routine only/ })).toHaveCount(0);
  await expect(day).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Before the run: ', { exact: false }).first()).toBeVisible();
  await snap(app, 'history-one-day-1024');
});

test('stopping the post-run routine half-way lands on its check-in, which can be skipped', async ({ launch }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await page.getByRole('button', { name: /^After the run/ }).click();
  // The player loads on first open: Esc before it is there would reach no one.
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.runFor(4 * 60_000);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Stop the routine?' }).getByRole('button', { name: 'Stop routine' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(page.getByText(/After “After the run”, [1-8] steps? done\./)).toBeVisible();
  await expect(page.getByText(/no longer in your history/)).toHaveCount(0);
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();

  await page.getByRole('button', { name: 'Skip check-in' }).click();
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
});
