/**
 * The check-in and history screens end to end: a check-in typed by keyboard alone, found in the
 * list and the charts, edited, deleted and put back; exported and imported into a fresh app; a red
 * flag answered at once and a refused import. The seeded history is in checkin-history-seeded.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { newDataDir } from './fixtures/launch-app';
import { canvasHasDrawing, importFile, openCheckIn, openHistory } from './fixtures/history-steps';
import { test, expect } from './fixtures/test';
import { countKeys } from './fixtures/key-count';

test('a check-in typed by keyboard alone is kept, shown, edited, deleted and put back', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await openCheckIn(page);

  const keys = countKeys(page);
  // The pain row has focus on open; arrow keys choose.
  const painNow = page.getByRole('radiogroup', { name: 'Pain now' });
  await expect(painNow.getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  for (let i = 0; i < 3; i++) await keys.press('ArrowRight');
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toHaveAttribute('aria-checked', 'true');
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toBeFocused();

  await keys.press('Tab');
  const painBefore = page.getByRole('radiogroup', { name: 'Pain before the run' });
  await expect(painBefore.getByRole('radio', { name: 'Not given' })).toBeFocused();
  await keys.press('4');
  await expect(painBefore.getByRole('radio', { name: 'Pain 4 — moderate' })).toHaveAttribute('aria-checked', 'true');

  await keys.press('Tab');
  await expect(page.getByRole('radio', { name: 'Run' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Run' })).toBeChecked();
  await keys.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Distance (km)' })).toBeFocused();
  await keys.type('8.5');
  await keys.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Time' })).toBeFocused();
  await keys.type('45:30');
  await expect(page.getByRole('status', { name: 'Pace' })).toHaveText('5:21 /km');

  await keys.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Lower back' })).toBeFocused();
  await keys.press('Space');
  for (let i = 0; i < 6; i++) await keys.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Ache' })).toBeFocused();
  await keys.press('Space');
  // Four more kinds, then the red flags in their three groups (the nerve group first).
  for (let i = 0; i < 12; i++) await keys.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Fever or unexplained weight loss' })).toBeFocused();
  // Two more red flags, then "Pain by spot" (closed: one stop) and the treatments (a toolbar: one stop).
  for (let i = 0; i < 3; i++) await keys.press('Tab');
  await expect(page.locator('summary', { hasText: 'Pain by spot' })).toBeFocused();
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: 'Heat' })).toBeFocused();
  await keys.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await keys.type('Easy loop, tight hips');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await snap(app, 'checkin');
  await keys.press('Enter');
  // A typical entry (two scores, distance, time, a place, a kind, a short note) stays a 30-second check-in.
  expect([keys.moves, keys.typed]).toEqual([35, 29]);
  expect(keys.seconds()).toBeLessThan(30);

  // Saved: History says so and lists the run with its pace.
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  const row = page.getByRole('button', { name: /Run, 8\.5 km.*Pain 4 → 3/ });
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('5:21 /km', { exact: true })).toBeVisible();
  await expect(page.getByText('Lower back', { exact: true })).toBeVisible();
  await expect(page.getByText('Easy loop, tight hips')).toBeVisible();
  await expect(page.getByText(/1 run · 8\.5 km · average pain 3\.0/)).toBeVisible();
  await snap(app, 'history-detail');

  // The charts tell the same story, in words as well as drawn.
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.getByText(/Pain this week averaged 3\.0/)).toBeVisible();
  await expect(page.getByText(/This week: 1 run, 8\.5 km/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Pain over time chart' })).toBeVisible();
  expect(await canvasHasDrawing(page, 'Runs and distance per week chart')).toBe(true);

  // Edit: the same form, filled in; change the pain and save.
  await page.getByRole('tab', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Edit check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit check-in' })).toBeVisible();
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Distance (km)' })).toHaveValue('8.5');
  await expect(page.getByRole('textbox', { name: 'Time' })).toHaveValue('0:45:30');
  await expect(page.getByRole('checkbox', { name: 'Lower back' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in updated.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Run, 8\.5 km.*Pain 4 → 2/ })).toBeVisible();

  // Delete, then Undo (focus goes to Undo, so Enter is enough).
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByRole('button', { name: /Run, 8\.5 km/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await snap(app, 'history-undo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Run, 8\.5 km.*Pain 4 → 2/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // Export JSON, then import it into a fresh app and see the same history.
  const exportDir = newDataDir();
  await app.answerDialogs({ saveToDir: exportDir });
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Exported 1 session as JSON to' });
  await expect(saved).toContainText(exportDir);
  const [file] = fs.readdirSync(exportDir);
  expect(file).toMatch(/^backstride-history-.*\.json$/);

  const fresh = await launch();
  await openHistory(fresh.page);
  await expect(fresh.page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await importFile(fresh.page, (openPath) => fresh.answerDialogs({ openPath }), path.join(exportDir, file!));
  await expect(fresh.page.getByRole('heading', { name: `Import ${file}?` })).toBeFocused();
  await expect(fresh.page.getByText('1 session to add')).toBeVisible();
  await expect(fresh.page.getByText('0 sessions already in your history')).toBeVisible();
  await fresh.page.getByRole('button', { name: 'Import all' }).click();
  await expect(fresh.page.getByRole('status').filter({ hasText: 'Imported 1 session.' })).toBeVisible();
  await fresh.page.getByRole('button', { name: /Run, 8\.5 km.*Pain 4 → 2/ }).click();
  await expect(fresh.page.getByText('Easy loop, tight hips')).toBeVisible();
  await expect(fresh.page.getByText('5:21 /km', { exact: true })).toBeVisible();

  // Importing the same file again adds nothing.
  await importFile(fresh.page, (openPath) => fresh.answerDialogs({ openPath }), path.join(exportDir, file!));
  await expect(fresh.page.getByText('1 session already in your history')).toBeVisible();
  await expect(fresh.page.getByText('Nothing new to add.')).toBeVisible();
  await fresh.page.getByRole('button', { name: 'Close' }).click();
  fs.rmSync(exportDir, { recursive: true, force: true });
});

test('a red flag is answered at once, and a refused import changes nothing', async ({ launch, snap }) => {
  const app = await launch({ colorScheme: 'dark' });
  const { page } = app;
  await openCheckIn(page);
  await page.getByRole('radio', { name: 'Rest' }).check();
  await expect(page.getByRole('textbox', { name: 'Distance (km)' })).toHaveCount(0);
  // Pain now is required before a check-in saves.
  await page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 3 — mild' }).click();
  await page.getByRole('checkbox', { name: 'New bladder or bowel trouble' }).check();
  await expect(page.getByRole('alert')).toContainText('Get urgent medical help now');
  await expect(page.getByRole('alert')).toContainText('go to an emergency department or call emergency services now');
  await snap(app, 'checkin-red-flag-dark');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Rest day.*Emergency: get help now/ })).toBeVisible();

  const dir = newDataDir();
  const bad = path.join(dir, 'not-a-history.json');
  fs.writeFileSync(bad, JSON.stringify({ hello: 'world' }));
  await importFile(page, (openPath) => app.answerDialogs({ openPath }), bad);
  await expect(page.getByRole('alert')).toContainText('not-a-history.json cannot be imported');
  await expect(page.getByRole('alert')).toContainText('not a Backstride history file');
  await expect(page.getByRole('button', { name: 'Import all' })).toHaveCount(0);
  await expect(page.getByText('1 session, newest first.')).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});
