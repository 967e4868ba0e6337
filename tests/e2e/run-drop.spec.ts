/**
 * Run files dropped on the window (issue 18): a clear target while they are dragged over it, then
 * the same import as the dialog's, shown in History whatever screen they were dropped on. A file
 * that is not a run, or not on this computer, is refused with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { JSHandle, Page } from '@playwright/test';
import { localDateOf } from '../../src/lib/history/dates';
import { openCheckIn } from './fixtures/history-steps';
import { newDataDir } from './fixtures/launch-app';
import { expect, test } from './fixtures/test';

const RUNS = path.resolve(import.meta.dirname, '../fixtures/runs');

/** A DataTransfer holding Files; each with a path gets it from the stand-in's webUtils, as a file from the disk does in Electron. */
function filesToDrop(page: Page, files: { name: string; path: string }[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const host = window as unknown as { __backstrideFilePaths?: Map<File, string> };
    const paths = (host.__backstrideFilePaths ??= new Map());
    const transfer = new DataTransfer();
    for (const { name, path } of list) {
      const file = new File(['stand-in bytes: main reads the file at its path'], name);
      if (path) paths.set(file, path);
      transfer.items.add(file);
    }
    return transfer;
  }, files);
}

test('files dropped on Home import as the dialog does, shown in History; the others are refused with a reason', async ({
  launch,
  snap,
}) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const dir = newDataDir();
  const notes = path.join(dir, 'training-notes.txt');
  fs.writeFileSync(notes, 'Tuesday: easy 5 km');
  const dataTransfer = await filesToDrop(page, [
    { name: 'garmin-connect-run.gpx', path: path.join(RUNS, 'garmin-connect-run.gpx') },
    { name: 'training-notes.txt', path: notes },
    { name: 'from-the-web.gpx', path: '' },
    { name: 'forerunner305-run.tcx', path: path.join(RUNS, 'forerunner305-run.tcx') },
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toHaveCount(0);

  // While the files are over the window, it says plainly what a drop will do.
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  const target = page.getByTestId('run-drop-target');
  await expect(target).toBeVisible();
  await expect(target).toContainText('Drop to import runs');
  await expect(target).toContainText('GPX, TCX or FIT files from a watch or phone.');
  await snap(app, 'run-drop-target-1366x768');
  await page.setViewportSize({ width: 1024, height: 640 });
  await snap(app, 'run-drop-target-1024x640');
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('[data-testid="run-drop-target"]').withTags(['wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Leaving the window takes the target away; coming back and dropping imports.
  await page.dispatchEvent('main', 'dragleave', { dataTransfer });
  await expect(target).toHaveCount(0);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(target).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(target).toHaveCount(0);

  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const results = page.getByRole('region', { name: '2 of 4 files imported' });
  await expect(results.getByRole('heading', { name: '2 of 4 files imported' })).toBeFocused();
  const items = results.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toContainText('garmin-connect-run.gpx');
  await expect(items.nth(0)).toContainText('5.1 km · 0:34:31 · 6:47 /km');
  await expect(items.nth(1)).toContainText('training-notes.txt');
  await expect(items.nth(1)).toContainText('Not imported: it is not a GPX, TCX or FIT run file.');
  await expect(items.nth(2)).toContainText('from-the-web.gpx');
  await expect(items.nth(2)).toContainText('Not imported: it is not a file saved on this computer.');
  await expect(items.nth(3)).toContainText('forerunner305-run.tcx');
  await expect(items.nth(3)).toContainText('8.3 km · 0:38:45 · 4:38 /km');
  await expect(page.getByText('2 sessions, newest first.')).toBeVisible();
  await snap(app, 'run-drop-results-1366x768');

  // Dropped again on History itself: recognised, not doubled.
  const again = await filesToDrop(page, [{ name: 'garmin-connect-run.gpx', path: path.join(RUNS, 'garmin-connect-run.gpx') }]);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: again });
  await page.dispatchEvent('main', 'drop', { dataTransfer: again });
  await expect(page.getByRole('heading', { name: '0 of 1 file imported' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'garmin-connect-run.gpx' })).toContainText('Already there');
  await expect(page.getByText('2 sessions, newest first.')).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a run whose day has two open check-ins asks which one it fills, and the answer is saved', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const day = localDateOf(new Date('2015-01-20T13:26:30Z'));
  // Two run check-ins that day, neither with a distance yet.
  for (const pain of ['3', '5']) {
    await openCheckIn(page);
    const painNow = page.getByRole('radiogroup', { name: 'Pain now' });
    await expect(painNow.getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
    await page.getByLabel('Day', { exact: true }).fill(day);
    await painNow.getByRole('radio', { name: new RegExp(`^Pain ${pain} `) }).click();
    await expect(page.getByRole('radio', { name: 'Run', exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  }

  const dataTransfer = await filesToDrop(page, [{ name: 'garmin-connect-run.gpx', path: path.join(RUNS, 'garmin-connect-run.gpx') }]);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const results = page.getByRole('region', { name: '0 of 1 file imported, 1 waiting for your answer' });
  await expect(results.getByRole('heading')).toBeFocused();
  const question = results.getByRole('group', { name: /which is garmin-connect-run\.gpx\?/ });
  await expect(question).toContainText('That day has 2 run check-ins with no distance yet');
  await expect(question.getByRole('radio')).toHaveCount(3);
  // Nothing is guessed: saving without an answer says what is missing.
  await results.getByRole('button', { name: 'Save answer' }).click();
  await expect(question).toContainText('Choose one for this file.');
  await question.getByRole('radio', { name: /^Fill in the check-in of .* \(pain 5\)$/ }).check();
  await snap(app, 'run-import-ask-1366x768');
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('.run-import').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 1024, height: 640 });
  await snap(app, 'run-import-ask-1024x640');
  await page.setViewportSize({ width: 1366, height: 768 });
  await results.getByRole('button', { name: 'Save answer' }).click();

  const done = page.getByRole('region', { name: '1 run imported' });
  await expect(done.getByRole('heading')).toBeFocused();
  await expect(done.getByRole('listitem')).toContainText('Added to that day’s check-in');
  await expect(page.getByText('2 sessions, newest first.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Run, 5\.1 km, 6:47 \/km.*Pain 5/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Run, 5\.1 km/ })).toHaveCount(1);
});
