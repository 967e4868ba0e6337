/**
 * A whole run day, as a runner lives it: the warm-up with its one-tap "how is your back", then
 * back from the run the cool-down, straight into the check-in (pain before already there), and
 * the day in History.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

async function chooseQuickRoutines(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
  await page.getByRole('combobox', { name: /“Before the run” button starts/ }).selectOption({ label: 'Quick warm-up (5 min)' });
  await page.getByRole('combobox', { name: /“After the run” button starts/ }).selectOption({ label: 'Quick cool-down (5 min)' });
  await expect(page.getByRole('combobox', { name: /“After the run” button starts/ })).toHaveValue('builtin-after-short');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
}

async function playToTheEnd(page: Page, until: () => Promise<boolean>) {
  for (let minute = 0; minute < 8 && !(await until()); minute++) await page.clock.runFor(60_000);
}

test('warm-up, run, cool-down and check-in make one day in History', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await chooseQuickRoutines(page);

  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  const question = page.getByText('How does your back feel right now?');
  await playToTheEnd(page, () => question.isVisible());
  await page.getByRole('button', { name: 'Pain 2 — mild' }).click();
  await expect(page.getByRole('heading', { name: 'Have a good run!' })).toBeVisible();
  await expect(page.getByText(/When you are back, choose After the run/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to Home' }).click();

  await page.getByRole('button', { name: /^After the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  const checkInHeading = page.getByRole('heading', { level: 1, name: /Check in/ });
  await playToTheEnd(page, () => checkInHeading.isVisible());
  await expect(checkInHeading).toBeVisible();

  // Pain before comes from the warm-up's answer; the rest by keyboard.
  await expect(page.getByRole('radiogroup', { name: 'Pain before the run' }).getByRole('radio', { name: 'Pain 2 — mild' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('4');
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 4 — moderate' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.getByRole('textbox', { name: 'Distance (km)' }).fill('6');
  await page.getByRole('textbox', { name: 'Time' }).fill('33:00');
  await snap(app, 'checkin-after-routine');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Run, 6\.0 km, 5:30 \/km Pain 2 → 4 Quick warm-up \(5 min\) \+ Quick cool-down \(5 min\)/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Routine only/ })).toHaveCount(0);
  const sessions = await page.evaluate(() =>
    (
      window as unknown as {
        backstride: {
          listSessions: () => Promise<{
            value: { routine: { phase: string } | null; checkIn: { painBefore: number; painNow: number; distanceKm: number } | null }[];
          }>;
        };
      }
    ).backstride.listSessions(),
  );
  const afterRun = sessions.value.find((s) => s.routine?.phase === 'after');
  expect(afterRun?.checkIn).toMatchObject({ painBefore: 2, painNow: 4, distanceKm: 6 });
  await snap(app, 'history-run-day');
});
