/**
 * Routines to share: a routine with an own movement and its picture is exported from one data
 * folder, imported into a fresh one after a preview, and played there. The preview is
 * screenshotted at 1366×768 and 1024×640 in light and dark, and passes axe.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LaunchedApp } from './fixtures/launch-app';
import { test, expect } from './fixtures/test';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pictures');

async function openLibrary(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
}

/** A routine of three steps, the middle one the runner's own movement with a picture. */
async function makeRoutine(app: LaunchedApp): Promise<void> {
  const { page } = app;
  const movement = await page.evaluate(() =>
    (window as unknown as { backstride: { saveMovement: (a: unknown) => Promise<{ value: { id: string } }> } }).backstride.saveMovement({
      name: 'Glute bridge',
      kind: 'dynamic',
      defaultDurationSec: 40,
      perSide: false,
      howTo: 'Lift the hips, lower slowly.',
    }),
  );
  await app.answerDialogs({ openPath: path.join(FIXTURES, 'tiny.png') });
  await page.evaluate(
    (id) =>
      (window as unknown as { backstride: { attachMovementPicture: (a: unknown) => Promise<unknown> } }).backstride.attachMovementPicture({
        id,
      }),
    movement.value.id,
  );
  await page.evaluate(
    (id) =>
      (window as unknown as { backstride: { saveRoutine: (a: unknown) => Promise<unknown> } }).backstride.saveRoutine({
        name: 'Core before the run',
        phase: 'before',
        steps: [
          { movementId: 'hip-circles', durationSec: 30, sides: 'one', restAfterSec: 0 },
          { movementId: id, durationSec: 45, sides: 'one', restAfterSec: 10 },
          { movementId: 'leg-swing-side', durationSec: 20, sides: 'each', restAfterSec: 0 },
        ],
      }),
    movement.value.id,
  );
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the import preview of `file` in a fresh app and checks what it says. */
async function previewIn(app: LaunchedApp, file: string) {
  const { page } = app;
  await openLibrary(page);
  await app.answerDialogs({ openPath: file });
  await page.getByRole('button', { name: 'Import a routine file…' }).click();
  const preview = page.getByRole('group', { name: 'Import core-before-the-run.backstride-routine.json?' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Adds 1 routine and 1 movement.');
  await expect(preview).toContainText('Routines: Core before the run');
  await expect(preview).toContainText('Movements: Glute bridge');
  await expect(page.getByRole('heading', { name: 'Import core-before-the-run.backstride-routine.json?' })).toBeFocused();
  return preview;
}

test('a routine exported from one data folder and imported into a fresh one plays the same', async ({ launch, snap }) => {
  test.setTimeout(180_000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstride-share-'));
  const made = await launch();
  await makeRoutine(made);
  // Made through main behind the screens' back: a relaunch shows it, as it would the runner.
  const first = await made.relaunch();
  await openLibrary(first.page);
  await first.answerDialogs({ saveToDir: outDir });
  await first.page.getByRole('button', { name: 'Export Core before the run' }).click();
  const file = path.join(outDir, 'core-before-the-run.backstride-routine.json');
  await expect(first.page.getByText(`Exported 1 routine to ${file}.`)).toBeVisible();
  await first.close();

  const app = await launch({ fakeClock: true });
  const { page } = app;
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 },
  ]) {
    await page.setViewportSize(size);
    const preview = await previewIn(app, file);
    await expect(preview.getByRole('button', { name: 'Import' })).toBeInViewport();
    await snap(app, `routine-import-preview-${size.width}-light`);
    await expectAxeClean(page);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toBeHidden();
  }
  // Nothing was added by the previews.
  await expect(page.getByRole('heading', { level: 3, name: 'Core before the run' })).toHaveCount(0);

  const preview = await previewIn(app, file);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 1 routine and 1 movement from core-before-the-run.backstride-routine.json.')).toBeFocused();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Core before the run' }) });
  await expect(card).toContainText('3 steps');
  await expect(page.getByRole('region', { name: 'Your movements' })).toContainText('Glute bridge');

  // Played: the same steps and times, the own movement by its name; its picture is in the new data folder.
  await card.getByRole('button', { name: 'Play Core before the run' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Hip circles' })).toBeVisible();
  // 5 s to get ready and the 30 s of hip circles later, the own movement plays.
  await page.clock.runFor(5_000 + 30_000 + 500);
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Time left in this step' })).toHaveText(/^0:(3\d|4[0-5])$/);
  const pictures = fs.readdirSync(path.join(app.dataDir, 'pictures'));
  expect(pictures).toHaveLength(1);
  expect(fs.readFileSync(path.join(app.dataDir, 'pictures', pictures[0]!))).toEqual(fs.readFileSync(path.join(FIXTURES, 'tiny.png')));
  fs.rmSync(outDir, { recursive: true, force: true });
});

test('the import preview in dark, at 1366×768 and 1024×640', async ({ launch, snap }) => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstride-share-'));
  const first = await launch();
  await makeRoutine(first);
  await first.answerDialogs({ saveToDir: outDir });
  await first.page.evaluate(async () => {
    const api = (window as unknown as { backstride: { listRoutines: () => Promise<{ value: { id: string; name: string }[] }> } })
      .backstride;
    const id = (await api.listRoutines()).value.find((r) => r.name === 'Core before the run')!.id;
    await (window as unknown as { backstride: { exportRoutines: (a: unknown) => Promise<unknown> } }).backstride.exportRoutines({
      ids: [id],
    });
  });
  await first.close();
  const file = path.join(outDir, 'core-before-the-run.backstride-routine.json');
  const app = await launch({ colorScheme: 'dark' });
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 },
  ]) {
    await app.page.setViewportSize(size);
    const preview = await previewIn(app, file);
    await snap(app, `routine-import-preview-${size.width}-dark`);
    await expectAxeClean(app.page);
    await preview.getByRole('button', { name: 'Cancel' }).click();
  }
  fs.rmSync(outDir, { recursive: true, force: true });
});
