import { test, expect } from './fixtures/test';
import type { LaunchedApp } from './fixtures/launch-app';

/** Home's "Before the run" door is set to start the quick built-in warm-up, in the routine library. */
async function chooseQuickWarmUp(app: LaunchedApp) {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
  await page.getByRole('combobox', { name: /“Before the run” button starts/ }).selectOption({ label: 'Quick warm-up (5 min)' });
  await expect(page.getByRole('combobox', { name: /“Before the run” button starts/ })).toHaveValue('builtin-before-short');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
}

test('the quick warm-up plays to the end with pause and skip, and the session is recorded', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await chooseQuickWarmUp(app);
  await page.getByRole('button', { name: /^Before the run/ }).click();

  const timer = page.getByRole('timer', { name: 'Time left in this step' });
  const getReady = page.getByText('Get ready', { exact: true });
  await expect(getReady).toBeVisible();
  await expect(timer).toHaveText('0:05');
  const firstStep = await page.getByRole('heading', { level: 1 }).textContent();
  await page.clock.runFor(5_000);
  await expect(getReady).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstStep!);
  await page.clock.runFor(10_000);
  await expect(timer).toHaveText(/^0:[1-5]\d$/);
  await snap(app, 'player-light');

  // Pause holds the countdown still however long the runner waits.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const pausedAt = await timer.textContent();
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText(pausedAt!);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Skip moves on to the next step at once.
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before!);

  // Run the rest of the routine out.
  for (let i = 0; i < 12 && !(await page.getByText('How does your back feel right now?').isVisible()); i++) {
    await page.clock.runFor(60_000);
  }
  await expect(page.getByText('How does your back feel right now?')).toBeVisible();
  await snap(app, 'after-pre-run');
  await page.getByRole('button', { name: 'Pain 2 — mild' }).click();
  await expect(page.getByRole('heading', { name: 'Have a good run!' })).toBeVisible();

  // Main kept the session and the pain-before answer.
  const sessions = await page.evaluate(() =>
    (window as unknown as { backstride: { listSessions: () => Promise<{ value: unknown[] }> } }).backstride.listSessions(),
  );
  expect(sessions.value).toHaveLength(1);
  expect(sessions.value[0]).toMatchObject({ routine: { routineId: 'builtin-before-short', phase: 'before', stepsSkipped: 1 } });
  const painBefore = await page.evaluate(() =>
    (window as unknown as { backstride: { getPainBefore: () => Promise<{ value: unknown }> } }).backstride.getPainBefore(),
  );
  expect(painBefore.value).toBe(2);
});

test('a routine interrupted by a quit is offered for resume on the next launch', async ({ launch, snap }) => {
  const first = await launch({ fakeClock: true });
  await chooseQuickWarmUp(first);
  await first.page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(first.page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await first.page.clock.runFor(5_000 + 31_000);
  const stepTitle = await first.page.getByRole('heading', { level: 1 }).textContent();

  const second = await first.relaunch();
  await expect(second.page.getByRole('dialog', { name: 'Pick up where you stopped?' })).toBeVisible();
  await snap(second, 'resume-prompt');
  await second.page.getByRole('button', { name: 'Resume' }).click();
  await expect(second.page.getByRole('heading', { level: 1 })).toHaveText(stepTitle!);
  await expect(second.page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('Esc asks before stopping; keys and buttons control the player', async ({ launch, snap }) => {
  const app = await launch({ fakeClock: true, colorScheme: 'dark' });
  const { page } = app;
  await page.getByRole('button', { name: /^After the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(5_000 + 20_000);
  await snap(app, 'player-dark');

  const timer = page.getByRole('timer', { name: 'Time left in this step' });
  await page.keyboard.press('Space');
  const paused = await timer.textContent();
  await page.getByRole('button', { name: '+15 s' }).click();
  const [m, s] = paused!.split(':').map(Number);
  const plus15 = m! * 60 + s! + 15;
  await expect(timer).toHaveText(`${Math.floor(plus15 / 60)}:${String(plus15 % 60).padStart(2, '0')}`);

  await page.keyboard.press('m');
  await expect(page.getByRole('button', { name: 'Unmute' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Stop the routine?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(timer).toBeVisible();

  await page.getByRole('button', { name: 'Stop' }).click();
  await dialog.getByRole('button', { name: 'Stop routine' }).click();
  // A stopped cool-down still asks for its check-in; skipping it goes Home.
  await page.getByRole('button', { name: 'Skip check-in' }).click();
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  const inProgress = await page.evaluate(() =>
    (window as unknown as { backstride: { getRoutineInProgress: () => Promise<{ value: unknown }> } }).backstride.getRoutineInProgress(),
  );
  expect(inProgress.value).toBeNull();
});

test('the machine going to sleep pauses the routine, and it offers to carry on', async ({ launch }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(12_000);
  await app.emit('power:suspend');
  await expect(page.getByText('Paused — press Space to carry on')).toBeVisible();
  const timer = page.getByRole('timer', { name: 'Time left in this step' });
  const heldAt = await timer.textContent();
  await page.clock.runFor(5 * 60_000);
  await expect(timer).toHaveText(heldAt!);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(3_000);
  await expect(timer).not.toHaveText(heldAt!);
});
