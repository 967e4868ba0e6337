/**
 * An emergency sign end to end: a check-in with numbness in the saddle area shows the emergency
 * wording on the check-in, then on Home, in History's session row and Advice, and stays on Home
 * until the runner says a doctor has seen them.
 */
import { test, expect } from './fixtures/test';

const URGENT = 'Get urgent medical help now';

test('a saddle-numbness check-in keeps the emergency wording on every screen until a doctor has seen the runner', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: /^Check in/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Numbness in the groin or saddle area' }).check();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${URGENT}.`);
  await expect(alert).toContainText('call emergency services now');
  await snap(app, 'checkin-emergency');
  // Pain now is required before a check-in saves (#15).
  await page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 3 — mild' }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();

  // History: the session row and its details.
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Emergency: get help now/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Advice' }).click();
  await expect(page.getByRole('article', { name: URGENT })).toContainText('numbness in the groin or saddle area');

  // Home: the finding on top and today's plan, with no way to hide it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  const finding = page.getByRole('article', { name: URGENT });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('Emergency');
  await expect(page.getByRole('region', { name: 'This week' })).toContainText(URGENT);
  await expect(finding.getByRole('button', { name: /Hide for a week/ })).toHaveCount(0);
  await page.mouse.move(0, 0);
  await snap(app, 'home-emergency');

  // Still there after a relaunch; gone once the runner says a doctor has seen them (asked twice).
  const again = await app.relaunch();
  const stays = again.page.getByRole('article', { name: URGENT });
  await expect(stays).toBeVisible();
  await stays.getByRole('button', { name: 'A doctor has seen me' }).click();
  await stays.getByRole('button', { name: 'Yes, a doctor has seen me' }).click();
  await expect(again.page.getByRole('article', { name: URGENT })).toHaveCount(0);
});
