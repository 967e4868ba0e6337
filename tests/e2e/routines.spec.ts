import fs from 'node:fs';
import path from 'node:path';
import { dropLine, duration, openLibrary, stepItem, stepNames } from './fixtures/routine-editor';
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

test('a step dragged by its grip below the third lands there, shows a drop line on the way, and keeps its place after a save', async ({
  launch,
  snap,
}) => {
  const app = await launch();
  const { page } = app;
  await openLibrary(page);
  await page.getByRole('button', { name: 'New routine before the run' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Drag check');
  await page.getByRole('radio', { name: 'Dynamic warm-up' }).check();
  await page.getByRole('button', { name: 'Add Cat-cow' }).click();
  await page.getByRole('button', { name: 'Add Hip circles' }).click();
  await page.getByRole('button', { name: 'Add High knees' }).click();
  await page.getByRole('radio', { name: 'All' }).check();
  await duration(page, 'Cat-cow').fill('40');
  await page.getByRole('spinbutton', { name: 'Rest after Cat-cow (seconds)' }).fill('10');
  await duration(page, 'High knees').fill('20');
  expect(await stepNames(page)).toEqual(['Cat-cow', 'Hip circles', 'High knees']);
  // 40 + 10 + 30 + 20: Cat-cow's rest counts while a step follows it.
  await expect(page.locator('.total-time')).toHaveText('1:40');

  // Real mouse moves: press on Cat-cow's grip, then go in steps to the lower half of High knees.
  const grip = stepItem(page, 'Cat-cow').locator('[draggable="true"]');
  const target = stepItem(page, 'High knees');
  await target.scrollIntoViewIfNeeded();
  const from = (await grip.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + 40, to.y + to.height * 0.75, { steps: 12 });

  // Part-way: a line under High knees (where Cat-cow would land), none elsewhere; Cat-cow is dimmed.
  await expect(target).toHaveAttribute('data-drop', 'after');
  await expect(page.locator('[data-drop]')).toHaveCount(1);
  await expect(stepItem(page, 'Cat-cow')).toHaveAttribute('data-dragging', '');
  const line = await dropLine(target, 'after');
  expect(line, 'the drop line is drawn').not.toBeNull();
  expect(line!.height).toBeGreaterThanOrEqual(4);
  expect(line!.colour).not.toBe('rgba(0, 0, 0, 0)');
  expect(await dropLine(target, 'before')).toBeNull();
  await snap(app, 'routine-editor-drag');
  // A full-page screenshot can resize the window for a moment: point at the lower half of High knees again before letting go.
  const still = (await target.boundingBox())!;
  await page.mouse.move(still.x + 40, still.y + still.height * 0.75, { steps: 3 });
  await expect(target).toHaveAttribute('data-drop', 'after');

  await page.mouse.up();
  await expect(page.locator('[data-drop], [data-dragging]')).toHaveCount(0);
  const order = ['Hip circles', 'High knees', 'Cat-cow'];
  expect(await stepNames(page)).toEqual(order);
  // 30 + 20 + 40: Cat-cow's rest no longer counts, now that it is last.
  await expect(page.locator('.total-time')).toHaveText('1:30');
  await expect(page.getByRole('status').filter({ hasText: 'Moved Cat-cow to position 3 of 3.' })).toBeAttached();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: Drag check.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Drag check' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Drag check');
  expect(await stepNames(page)).toEqual(order);
  await expect(page.locator('.total-time')).toHaveText('1:30');

  // The line sits in the gap between two steps: letting go in that gap, just above the line, drops there too.
  const upper = stepItem(page, 'Hip circles');
  const carriedGrip = stepItem(page, 'Cat-cow').locator('[draggable="true"]');
  await carriedGrip.scrollIntoViewIfNeeded();
  const start = (await carriedGrip.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  const over = (await upper.boundingBox())!;
  await page.mouse.move(over.x + 40, over.y + over.height * 0.8, { steps: 12 });
  await expect(upper).toHaveAttribute('data-drop', 'after');
  await page.mouse.move(over.x + 40, over.y + over.height + 2, { steps: 3 });
  await expect(upper).toHaveAttribute('data-drop', 'after');
  await page.mouse.up();
  expect(await stepNames(page)).toEqual(['Hip circles', 'Cat-cow', 'High knees']);

  // Keyboard: Alt+ArrowUp on Cat-cow itself moves it up one; the focus stays on that step.
  await stepItem(page, 'Cat-cow').focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await stepNames(page)).toEqual(['Cat-cow', 'Hip circles', 'High knees']);
  await expect(stepItem(page, 'Cat-cow')).toBeFocused();
  await expect(page.locator('.total-time')).toHaveText('1:40');
  // And from a field inside a step (High knees' rest): the field keeps the focus.
  const rest = page.getByRole('spinbutton', { name: 'Rest after High knees (seconds)' });
  await rest.focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await stepNames(page)).toEqual(['Cat-cow', 'High knees', 'Hip circles']);
  await expect(rest).toBeFocused();
});
