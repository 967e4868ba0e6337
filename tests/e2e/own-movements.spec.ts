/**
 * Own movements (issue 17): made from the library (an empty name refused), used in a routine from the
 * editor's picker, played like a catalog movement and kept in History; a picture that is not an image
 * refused, a real one shown through the app's protocol. The form light and dark at two sizes, with axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openHistory } from './fixtures/history-steps';
import { openLibrary, stepNames } from './fixtures/routine-editor';
import { test, expect } from './fixtures/test';

const PICTURES = path.resolve(import.meta.dirname, '../fixtures/pictures');
const shots = (app: { mode: string }) => path.join(import.meta.dirname, 'screenshots', app.mode);

function form(page: Page) {
  return page.getByRole('dialog', { name: /New movement|Edit your movement/ });
}

async function newMovementFromLibrary(page: Page) {
  await openLibrary(page);
  await page.getByRole('region', { name: 'Your movements' }).getByRole('button', { name: 'New movement' }).click();
  await expect(form(page)).toBeVisible();
  await expect(form(page).getByRole('textbox', { name: 'Name' })).toBeFocused();
}

test('an own movement is made, used in a routine, played and kept in History', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await newMovementFromLibrary(page);

  // Empty name: refused beside the field, nothing saved.
  await form(page).getByRole('button', { name: 'Save movement' }).click();
  await expect(form(page).getByText('Give the movement a name.')).toBeVisible();
  await expect(form(page).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form(page).getByRole('textbox', { name: 'Name' })).toBeFocused();

  await form(page).getByRole('textbox', { name: 'Name' }).fill('Doorway chest stretch');
  await form(page).getByRole('radio', { name: 'Dynamic warm-up' }).check();
  await form(page).getByRole('spinbutton', { name: 'Time, in seconds' }).fill('20');
  await form(page).getByRole('textbox', { name: 'How to do it' }).fill('Forearm on the door frame, step through and turn away.');
  await form(page).getByRole('button', { name: 'Save movement' }).click();
  await expect(form(page)).toBeHidden();
  const own = page.getByRole('region', { name: 'Your movements' });
  await expect(own.getByRole('status')).toHaveText('Saved: Doorway chest stretch.');
  await expect(own.getByRole('button', { name: 'Edit Doorway chest stretch' })).toBeVisible();
  await expect(own.getByText('Dynamic warm-up · 0:20')).toBeVisible();

  // A routine from the editor's picker, found by search like a catalog movement.
  await page.getByRole('button', { name: 'New routine before the run' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Door warm-up');
  await page.getByRole('searchbox', { name: 'Search movements' }).fill('doorway');
  await page.getByRole('button', { name: 'Add Doorway chest stretch' }).click();
  expect(await stepNames(page)).toEqual(['Doorway chest stretch']);
  await snap(app, 'editor-own-movement');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: Door warm-up.')).toBeVisible();

  // Played like any other: its name as the heading, its how-to beside the figure.
  await page.getByRole('button', { name: 'Play Door warm-up' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Doorway chest stretch' })).toBeVisible();
  await expect(page.getByText('Forearm on the door frame, step through and turn away.')).toBeAttached();
  await snap(app, 'player-own-movement');
  await page.clock.runFor(25_000);
  await expect(page.getByText('How does your back feel right now?')).toBeVisible();
  await page.getByRole('button', { name: 'Pain 2 — mild' }).click();
  await page.getByRole('button', { name: 'Back to Home' }).click();

  await openHistory(page);
  await expect(page.getByRole('button', { name: /Routine only Door warm-up/ })).toBeVisible();

  // In use: not deleted, and the refusal names the routine.
  await openLibrary(page);
  await own.getByRole('button', { name: 'Delete Doorway chest stretch' }).click();
  await expect(own.getByRole('alert')).toHaveText(
    '“Doorway chest stretch” is used by this routine: “Door warm-up”. Take it out of that routine first, then delete it.',
  );
  await expect(own.getByRole('button', { name: 'Edit Doorway chest stretch' })).toBeVisible();
});

test('a picture that is not an image is refused; a real one is shown from the data folder', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await newMovementFromLibrary(page);
  await form(page).getByRole('textbox', { name: 'Name' }).fill('Wall angel');
  const notAPicture = path.join(app.dataDir, 'holiday.png');
  fs.writeFileSync(notAPicture, 'These are my holiday notes, not a picture.');
  await app.answerDialogs({ openPath: notAPicture });
  await form(page).getByRole('button', { name: 'Add a picture…' }).click();
  await expect(form(page).getByRole('alert')).toHaveText('This file is not a PNG, JPEG, WebP or SVG picture.');
  // Adding a picture saved the new movement first; no picture was kept.
  expect(fs.existsSync(path.join(app.dataDir, 'pictures')) ? fs.readdirSync(path.join(app.dataDir, 'pictures')) : []).toEqual([]);

  await app.answerDialogs({ openPath: path.join(PICTURES, 'tiny.png') });
  await form(page).getByRole('button', { name: 'Add a picture…' }).click();
  await expect(form(page).getByRole('status')).toHaveText('Picture added.');
  const img = form(page).locator('img[data-figure]');
  await expect(img).toHaveAttribute('src', /^\/pictures\/[A-Za-z0-9_-]+\.png$/);
  // Decoded by the page from main's copy (the protocol in main, the test server in the bridge).
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(6);
  await form(page).getByRole('button', { name: 'Save movement' }).click();
  await expect(page.getByRole('region', { name: 'Your movements' }).locator('img[data-figure]')).toBeVisible();
});

const SIZES = [
  [1366, 768],
  [1024, 640],
] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`your movements and the movement form read clearly and pass axe (${colorScheme})`, async ({ launch, snap }) => {
    const app = await launch({ colorScheme });
    const { page } = app;
    await newMovementFromLibrary(page);
    await form(page).getByRole('textbox', { name: 'Name' }).fill('Wall angel');
    await form(page).getByRole('radio', { name: 'Other' }).check();
    await form(page).getByRole('button', { name: 'Save movement' }).click();
    await expect(form(page)).toBeHidden();
    const own = page.getByRole('region', { name: 'Your movements' });
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await own.scrollIntoViewIfNeeded();
      await snap(app, `own-movements-${width}-${colorScheme}`);
    }
    expect(await axeViolations(page)).toEqual([]);

    await own.getByRole('button', { name: 'New movement' }).click();
    await form(page).getByRole('button', { name: 'Save movement' }).click();
    await expect(form(page).getByText('Give the movement a name.')).toBeVisible();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // The whole form stays reachable: Save is in the window, or the dialog scrolls to it.
      await form(page).getByRole('button', { name: 'Save movement' }).scrollIntoViewIfNeeded();
      await expect(form(page).getByRole('button', { name: 'Save movement' })).toBeInViewport();
      // The window as the runner sees it (a full-page shot would stretch the modal's backdrop).
      await page.screenshot({ path: path.join(shots(app), `movement-form-${width}-${colorScheme}.png`) });
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}
