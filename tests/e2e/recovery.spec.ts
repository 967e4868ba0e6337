/**
 * A damaged history file between two launches: the app still starts, says plainly what happened
 * and where the old file is, keeps routines and settings, and restores history from the backup.
 */
import fs from 'node:fs';
import { historyYearFiles } from '../support/history-files';
import { test, expect } from './fixtures/test';

test('a corrupted history is moved aside, the rest is kept, and the backup brings it back', async ({ launch, snap }) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Miles' }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
  await page
    .getByRole('button', { name: /^Duplicate/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Before the run (copy)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Check in without a routine' }).click();
  // The check-in screen loads on first open and then puts focus on Pain now; a digit typed before lands nowhere.
  await expect(page.getByRole('radiogroup', { name: 'Pain now' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('3');
  await page.getByRole('textbox', { name: 'Note' }).fill('Kept safe');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();

  // The next launch takes the day's backup; then the history file is damaged while the app is closed.
  const second = await first.relaunch();
  await expect(second.page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  await second.close();
  // The sessions are in this year's file (the history keeps one file a year).
  const [historyFile] = historyYearFiles(first.dataDir);
  fs.writeFileSync(historyFile!, fs.readFileSync(historyFile!, 'utf8').slice(0, 50));

  const third = await launch({ dataDir: first.dataDir });
  const notice = third.page.getByRole('alert').filter({ hasText: 'Some of your data could not be read' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('session history');
  await expect(notice).toContainText('damaged');
  await expect(notice).toContainText('Nothing was deleted');
  const moved = fs.readdirSync(first.dataDir).find((name) => /^history-\d{4}\.broken-/.test(name));
  expect(moved).toBeDefined();
  await expect(notice).toContainText(moved!);
  await snap(third, 'recovery-notice');

  // Settings and routines are as they were.
  await third.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
  await expect(third.page.getByRole('heading', { name: 'Before the run (copy)' })).toBeVisible();

  // Restore from the automatic backup.
  await third.page.getByRole('button', { name: 'Restore history from a backup' }).click();
  await expect(third.page.getByRole('radio', { name: 'Miles' })).toBeChecked();
  await third.page
    .getByRole('button', { name: /^Restore history from the backup of/ })
    .first()
    .click();
  // A restore replaces the whole history: it is asked first.
  await expect(third.page.getByText(/Replace your whole history with the backup of/)).toBeVisible();
  await third.page.getByRole('button', { name: 'Replace my history' }).click();
  await expect(third.page.getByRole('status').filter({ hasText: 'History restored' })).toContainText('1 session.');
  await snap(third, 'recovery-restored');
  await third.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await third.page
    .getByRole('button', { name: /Pain 3/ })
    .first()
    .click();
  await expect(third.page.getByText('Kept safe')).toBeVisible();
});
