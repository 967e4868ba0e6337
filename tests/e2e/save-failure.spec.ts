/**
 * A full disk while checking in: the runner is told "Not saved" where it happened, the entry
 * stays, Retry saves it once space is freed; and a check-in refused before a restart comes back.
 * The failure is injected into the test main process's store writes (bridge mode), so it runs
 * anywhere; the real full-disk test is tests/unit/electron/main/store/full-disk.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LaunchedApp } from './fixtures/launch-app';
import { test, expect } from './fixtures/test';

test.beforeEach(({ appMode }) => {
  test.skip(
    appMode !== 'bridge',
    'write failures are injected into the bridge main process; the Electron main process has no injection hook',
  );
  // Each test launches the app twice.
  test.slow();
});

const NOT_SAVED = 'Not saved: the disk is full. Your entry is kept; free some space and press Retry.';

async function startCheckIn(page: Page, pain: string, note: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Check in without a routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  // The screen loads on first open and then puts focus on Pain now; a digit typed before lands nowhere.
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press(pain);
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
}

/** One saved check-in with a long note, so that the history no longer fits where a small file still does. */
async function saveLongCheckIn(app: LaunchedApp): Promise<void> {
  await startCheckIn(app.page, '2', 'Long easy run. '.repeat(120));
  await app.page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
}

test('a full disk: "not saved" where it happened, the entry kept, and Retry saves it once space is freed', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await saveLongCheckIn(app);

  await startCheckIn(page, '6', 'Sore after the hills');
  app.injectWriteFault!({ kind: 'errno', call: 'writeSync', code: 'ENOSPC' });
  await page.getByRole('button', { name: 'Save check-in' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toHaveText(new RegExp(NOT_SAVED.replace(/[.;]/g, '\\$&')));
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Sore after the hills');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  for (const [width, height] of [
    [1366, 768],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await alert.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/not-saved-${width}.png` });
  }
  await snap(app, 'not-saved');

  // Still full: Retry is refused again and says so.
  await retry.click();
  await expect(alert).toBeVisible();
  await expect(retry).toBeFocused();

  // Space freed: Enter on the focused Retry saves it.
  app.injectWriteFault!(null);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByText('Sore after the hills')).toBeVisible();

  // Both check-ins survive a relaunch.
  const again = await app.relaunch();
  await again.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await expect(again.page.getByRole('button', { name: /Pain 6/ })).toBeVisible();
  await expect(again.page.getByRole('button', { name: /Pain 2/ })).toBeVisible();
});

test('a check-in refused before a restart is kept, offered on the next launch, and saved from there', async ({ launch, snap }) => {
  const app = await launch();
  await saveLongCheckIn(app);
  await startCheckIn(app.page, '7', 'Stiff in the morning');
  // Room for the small pending file, not for the history.
  app.injectWriteFault!({ kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 1500 });
  await app.page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(app.page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();

  const next = await app.relaunch();
  const { page } = next;
  const notice = page.getByRole('region', { name: 'A check-in was not saved' });
  await expect(notice).toContainText('It is kept on this computer until you save it.');
  await snap(next, 'pending-check-in');
  await notice.getByRole('button', { name: 'Open it to save' }).click();
  await expect(page.getByText(/could not be saved earlier/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Stiff in the morning');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByText('Stiff in the morning')).toBeVisible();
  await expect(page.getByRole('region', { name: 'A check-in was not saved' })).toHaveCount(0);
});
