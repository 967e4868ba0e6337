/**
 * The player from the mat: keys (+15 s, media play/pause, `?`), a tap on the countdown, focus mode
 * that is remembered, and the spoken "3, 2, 1" and "halfway" cues that settings can turn off.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

type Bridge = { backstride: { getSettings: () => Promise<{ value: { playerFocus: boolean } }> } };

/** Everything the app says aloud, from here on. */
async function recordSpeech(page: Page) {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void said.push(u.text);
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said.slice());
}

test('keys, a tap on the countdown and focus mode control the player', async ({ launch, snap }) => {
  test.setTimeout(150_000);
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(5_000 + 10_000);
  const timer = page.getByRole('timer', { name: 'Time left in this step' });

  // A tap on the countdown pauses, and another carries on.
  await timer.click();
  await expect(page.getByText('PAUSED', { exact: true })).toBeVisible();
  const held = await timer.textContent();
  await page.keyboard.press('+');
  const [m, s] = held!.split(':').map(Number);
  const plus = m! * 60 + s! + 15;
  await expect(timer).toHaveText(`${Math.floor(plus / 60)}:${String(plus % 60).padStart(2, '0')}`);
  await page.getByText('PAUSED', { exact: true }).click();
  await expect(page.getByText('PAUSED', { exact: true })).toBeHidden();

  // The play/pause media key works while the window has focus.
  await page.keyboard.press('MediaPlayPause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('MediaPlayPause');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // `?` lists the keys; it passes axe; `?` again (or Esc) closes it without stopping the routine.
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Player keys' });
  await expect(keys).toBeVisible();
  await expect(keys.getByText('Add 15 seconds to this step')).toBeVisible();
  await snap(app, 'player-keys');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Stop the routine?' })).toBeHidden();

  // Focus mode: full screen, remembered in settings; Esc leaves it rather than asking to stop.
  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect(page.getByRole('button', { name: 'Leave focus' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await (window as unknown as Bridge).backstride.getSettings()).value.playerFocus))
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('dialog', { name: 'Stop the routine?' })).toBeHidden();
  await expect
    .poll(() => page.evaluate(async () => (await (window as unknown as Bridge).backstride.getSettings()).value.playerFocus))
    .toBe(false);
});

test('the player counts "3, 2, 1" aloud and says "halfway" in long holds, each of which settings can turn off', async ({ launch }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  const said = await recordSpeech(page);
  // The full warm-up starts with a 45 s wheel step.
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(5_000 + 45_000);
  const spoken = await said();
  expect(spoken).toContain('Halfway');
  expect(spoken.slice(spoken.indexOf('Halfway'))).toEqual(expect.arrayContaining(['3', '2', '1']));
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Stop routine' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Say “3, 2, 1” before each change' }).uncheck();
  await page.getByRole('checkbox', { name: 'Say “halfway” in holds of 40 s or more' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'Say “halfway” in holds of 40 s or more' })).not.toBeChecked();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  const quiet = await recordSpeech(page);
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(5_000 + 45_000);
  const later = await quiet();
  expect(later.length, 'the step names are still spoken').toBeGreaterThan(0);
  expect(later).not.toContain('Halfway');
  expect(later).not.toContain('1');
});
