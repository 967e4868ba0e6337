/**
 * Runs from a watch or phone: three files chosen in the file dialog (a Garmin GPX, a Forerunner
 * TCX and a GPX whose download stopped half-way) become two runs in History and one clear refusal.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { newDataDir } from './fixtures/launch-app';
import { expect, test } from './fixtures/test';

const RUNS = path.resolve(import.meta.dirname, '../fixtures/runs');

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
}

test('three files by the dialog: two runs imported, one refused with its reason', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const dir = newDataDir();
  const broken = path.join(dir, 'Evening_Run.gpx');
  const whole = fs.readFileSync(path.join(RUNS, 'garmin-connect-run.gpx'), 'utf8');
  fs.writeFileSync(broken, whole.slice(0, whole.length / 2));
  await app.answerDialogs({ openPaths: [path.join(RUNS, 'garmin-connect-run.gpx'), broken, path.join(RUNS, 'forerunner305-run.tcx')] });

  await openHistory(page);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  // By keyboard: the button is reached and pressed like any other.
  await page.getByRole('button', { name: 'Import runs…' }).focus();
  await page.keyboard.press('Enter');

  const results = page.getByRole('region', { name: '2 of 3 files imported' });
  await expect(results.getByRole('heading', { name: '2 of 3 files imported' })).toBeFocused();
  const items = results.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('garmin-connect-run.gpx');
  await expect(items.nth(0)).toContainText('Imported');
  await expect(items.nth(0)).toContainText('5.1 km · 0:34:31 · 6:47 /km');
  await expect(items.nth(1)).toContainText('Evening_Run.gpx');
  await expect(items.nth(1)).toContainText('Not imported: the file looks cut short or damaged: it ends before its XML is closed.');
  await expect(items.nth(2)).toContainText('forerunner305-run.tcx');
  await expect(items.nth(2)).toContainText('8.3 km · 0:38:45 · 4:38 /km');

  // History now lists the two runs, with the device's distance and time.
  await expect(page.getByText('2 sessions, newest first.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Run, 5\.1 km, 6:47 \/km/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Run, 8\.3 km, 4:38 \/km/ })).toBeVisible();
  await snap(app, 'run-import-results-1366x768');
  // Readable and labelled in both themes (contrast, names, roles) by axe's WCAG 2.2 AA rules.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page })
      .include('.run-import')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await snap(app, 'run-import-results-1366x768-dark');

  // Importing the same good file again is recognised, not doubled.
  await app.answerDialogs({ openPaths: [path.join(RUNS, 'garmin-connect-run.gpx')] });
  await page.getByRole('button', { name: 'Import runs…' }).click();
  await expect(page.getByRole('heading', { name: '0 of 1 file imported' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'garmin-connect-run.gpx' })).toContainText(
    'Already there: already in your history',
  );
  await expect(page.getByText('2 sessions, newest first.')).toBeVisible();

  // The panel closes from the keyboard: the next stop after its heading is Close.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /imported/ })).toHaveCount(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
