import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

interface StoredStep {
  movementId: string;
  durationSec: number;
  sides: string;
  restAfterSec: number;
}
interface StoredRoutine {
  id: string;
  name: string;
  builtIn: boolean;
  steps: StoredStep[];
}

function readRoutinesFile(dataDir: string): StoredRoutine[] {
  return (JSON.parse(fs.readFileSync(path.join(dataDir, 'routines.json'), 'utf8')) as { routines: StoredRoutine[] }).routines;
}

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
}

/** The step names in the editor, in order, as shown. */
async function stepNames(page: Page): Promise<string[]> {
  const titles = page.getByRole('list', { name: 'Steps' }).getByRole('heading', { level: 3 });
  return (await titles.allInnerTexts()).map((t) => t.replace(/^\s*\d+\s*/, '').trim());
}

function duration(page: Page, movement: string): Locator {
  return page.getByRole('spinbutton', { name: `Duration of ${movement} (seconds)`, exact: true });
}

test('a routine built from scratch, reordered by keyboard, is intact after a relaunch', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await openLibrary(page);
  await expect(
    page.getByRole('region', { name: 'Before the run' }).getByRole('heading', { level: 3, name: 'Before the run' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'New routine before the run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday warm-up');

  // Five steps from the catalog: two straight from the list, three found by search or kind.
  await page.getByRole('button', { name: 'Add Back wheel: upper back' }).click();
  await page.getByRole('button', { name: 'Add Cat-cow' }).click();
  await page.getByRole('searchbox', { name: 'Search movements' }).fill('swing');
  await page.getByRole('button', { name: 'Add Leg swings (front to back)' }).click();
  await page.getByRole('searchbox', { name: 'Search movements' }).fill('');
  await page.getByRole('radio', { name: 'Dynamic warm-up' }).check();
  await page.getByRole('button', { name: 'Add Hip circles' }).click();
  await page.getByRole('button', { name: 'Add High knees' }).click();
  await page.getByRole('radio', { name: 'All' }).check();
  expect(await stepNames(page)).toEqual(['Back wheel: upper back', 'Cat-cow', 'Leg swings (front to back)', 'Hip circles', 'High knees']);

  await duration(page, 'Cat-cow').fill('40');
  await duration(page, 'High knees').fill('20');
  await page.getByRole('spinbutton', { name: 'Rest after Cat-cow (seconds)' }).fill('10');
  // 45 + 40 + 10 + (30 + 5 + 30) + 30 + 20 = 210 s
  await expect(page.getByText('Total time')).toBeVisible();
  await expect(page.locator('.total-time')).toHaveText('3:30');

  // Keyboard reorder: High knees up twice with its button; the focus stays on that button.
  const kneesUp = page.getByRole('button', { name: 'Move High knees up' });
  await kneesUp.focus();
  await page.keyboard.press('Enter');
  await expect(kneesUp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(kneesUp).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Moved High knees to position 3 of 5.' })).toBeAttached();
  // Alt+ArrowDown in the wheel step's duration field moves that step down; the field keeps focus.
  await duration(page, 'Back wheel: upper back').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(duration(page, 'Back wheel: upper back')).toBeFocused();
  const order = ['Cat-cow', 'Back wheel: upper back', 'High knees', 'Leg swings (front to back)', 'Hip circles'];
  expect(await stepNames(page)).toEqual(order);
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(app, 'routine-editor');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: Tuesday warm-up.')).toBeVisible();
  const saved = page
    .getByRole('region', { name: 'Before the run' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Tuesday warm-up' }) });
  await expect(saved).toContainText('3:30');
  await expect(saved).toContainText('5 steps');
  await page.mouse.move(0, 0);
  await snap(app, 'routines-library');

  const again = await app.relaunch();
  await openLibrary(again.page);
  await again.page.getByRole('button', { name: 'Edit Tuesday warm-up' }).click();
  await expect(again.page.getByRole('textbox', { name: 'Name' })).toHaveValue('Tuesday warm-up');
  expect(await stepNames(again.page)).toEqual(order);
  await expect(duration(again.page, 'Cat-cow')).toHaveValue('40');
  await expect(again.page.getByRole('spinbutton', { name: 'Rest after Cat-cow (seconds)' })).toHaveValue('10');
  await expect(duration(again.page, 'High knees')).toHaveValue('20');
  await expect(duration(again.page, 'Back wheel: upper back')).toHaveValue('45');
  await expect(again.page.getByRole('combobox', { name: 'Sides of Leg swings (front to back)' })).toHaveValue('each');
  await expect(again.page.locator('.total-time')).toHaveText('3:30');
});

test('editing a built-in saves a copy and leaves the built-in as it was', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await openLibrary(page);
  const before = page.getByRole('region', { name: 'Before the run' });
  await before.getByRole('button', { name: 'Edit Before the run' }).click();
  await expect(page.getByText('“Before the run” is built in.')).toBeVisible();
  await duration(page, 'Cat-cow').fill('45');
  await expect(page.locator('.total-time')).toHaveText('9:45');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.getByText('Saved as a copy: Before the run (my copy).')).toBeVisible();
  const cards = before.getByRole('listitem');
  const original = cards.filter({ has: page.getByRole('heading', { name: 'Before the run', exact: true }) });
  const copy = cards.filter({ has: page.getByRole('heading', { name: 'Before the run (my copy)' }) });
  await expect(original).toContainText('Built-in');
  await expect(original).toContainText('9:30');
  await expect(copy).toContainText('9:45');
  await expect(copy).not.toContainText('Built-in');

  const stored = readRoutinesFile(app.dataDir);
  const builtIn = stored.find((r) => r.id === 'builtin-before')!;
  expect(builtIn.builtIn).toBe(true);
  expect(builtIn.steps.find((s) => s.movementId === 'cat-cow')!.durationSec).toBe(30);
  const saved = stored.find((r) => r.name === 'Before the run (my copy)')!;
  expect(saved.builtIn).toBe(false);
  expect(saved.steps.find((s) => s.movementId === 'cat-cow')!.durationSec).toBe(45);
});

test('an empty name and a 0-second step get clear messages, and nothing is saved', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await openLibrary(page);
  // Make sure main has written its routines file, then keep its bytes.
  await page.getByRole('button', { name: 'Restore built-ins' }).click();
  await expect(page.getByText(/Built-in routines restored/)).toBeVisible();
  const file = path.join(app.dataDir, 'routines.json');
  const bytes = fs.readFileSync(file);

  await page.getByRole('button', { name: 'New routine after the run' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The routine was not saved');
  await expect(summary).toContainText('Name: Give the routine a name.');
  await expect(summary).toContainText('Steps: Add at least one step.');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give the routine a name.');

  await page.getByRole('button', { name: "Add Child's pose" }).click();
  await page.getByRole('button', { name: 'Add Lying hamstring stretch' }).click();
  await duration(page, "Child's pose").fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(summary).toContainText("Step 1 (Child's pose), duration: A step must last at least 5 seconds.");
  await expect(summary).not.toContainText('Add at least one step.');
  await expect(duration(page, "Child's pose")).toHaveAttribute('aria-invalid', 'true');
  await expect(duration(page, "Child's pose")).toHaveAccessibleDescription(/A step must last at least 5 seconds\./);
  // The summary's entry takes the runner to the field.
  await summary.getByRole('button', { name: /Child's pose\), duration/ }).click();
  await expect(duration(page, "Child's pose")).toBeFocused();
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(app, 'routine-editor-errors');
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);

  // Leaving asks first; discarding saves nothing either.
  await page.getByRole('button', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeHidden();
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
});

test('the library and the editor in dark mode', async ({ launch, snap }) => {
  const app = await launch({ colorScheme: 'dark' });
  const { page } = app;
  await openLibrary(page);
  await expect(page.getByRole('heading', { level: 3, name: 'Quick cool-down (5 min)' })).toBeVisible();
  await snap(app, 'routines-library-dark');

  await page.getByRole('button', { name: 'Edit Quick warm-up (5 min)' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Quick warm-up (5 min)');
  // A long static hold before a run gets a gentle note, not an error.
  await page.getByRole('radio', { name: 'Static stretch' }).check();
  await page.getByRole('button', { name: 'Add Standing quad stretch' }).click();
  await duration(page, 'Standing quad stretch').fill('75');
  await expect(page.getByText(/Standing quad stretch is held for 75 s/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(app, 'routine-editor-dark');
});
