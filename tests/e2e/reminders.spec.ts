/**
 * Reminders (issue 17): the plan in Settings, light and dark, at two window sizes, with axe; and in
 * the main project, a warm-up reminder shown by main and clicked, landing in the pre-run routine.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

async function openReminders(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('group', { name: 'Reminders' });
  await expect(section).toBeVisible();
  return section;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the reminder plan in Settings reads clearly and passes axe (${colorScheme})`, async ({ launch, snap }) => {
    const app = await launch({ colorScheme });
    const { page } = app;
    const section = await openReminders(page);
    await expect(section.getByRole('checkbox', { name: 'Remind me before my runs' })).not.toBeChecked();
    await expect(section.getByRole('button', { name: 'Monday' })).toHaveAttribute('aria-pressed', 'true');
    await expect(section.getByText('Mon, Wed, Sat at 07:00.')).toBeVisible();
    await section.getByRole('checkbox', { name: 'Remind me before my runs' }).check();
    for (const [width, height] of [
      [1366, 768],
      [1024, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      await section.scrollIntoViewIfNeeded();
      // Every day button stays on the section's width (no button pushed off the card).
      const card = (await section.boundingBox())!;
      for (const box of await section.locator('.day').evaluateAll((b) => b.map((e) => e.getBoundingClientRect().right))) {
        expect(box).toBeLessThanOrEqual(card.x + card.width);
      }
      await snap(app, `settings-reminders-${width}-${colorScheme}`);
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('a warm-up reminder comes at the planned time, and its click opens the pre-run routine', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const section = await openReminders(page);
  // Every day a run day, the run 10 minutes from now (to the minute): the warm-up slot is due now.
  for (const day of ['Sunday', 'Tuesday', 'Thursday', 'Friday']) await section.getByRole('button', { name: day }).click();
  const run = new Date(Date.now() + 10 * 60_000);
  const time = `${String(run.getHours()).padStart(2, '0')}:${String(run.getMinutes()).padStart(2, '0')}`;
  await section.getByLabel('Run time').fill(time);
  await expect(section.getByText(`Mon, Tue, Wed, Thu, Fri, Sat, Sun at ${time}.`)).toBeVisible();
  await section.getByRole('checkbox', { name: 'Remind me before my runs' }).check();

  if (!app.shell) {
    // Bridge: no main process to show it; the click's command goes the menu's way, checked below in main.
    await app.emit('menu:command', 'go-before');
  } else {
    const shell = app.shell;
    const shownTitles = async () => (await shell.records()).filter((c) => c.api === 'Notification.show').map((c) => c.args[0]);
    await expect.poll(shownTitles).toEqual([{ title: 'Warm-up in 10 minutes?', body: 'Your pre-run routine is ready when you are.' }]);
    await shell.command('click-notification', { index: -1 });
  }
  await expect(page.getByRole('timer', { name: 'Time left in this step' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Routine player' })).toContainText(/Step 1 of \d+\s*Before the run/);

  if (app.shell) {
    // Waking from sleep re-checks, and the slot already shown never comes twice.
    await app.shell.command('power', { event: 'resume' });
    await app.shell.command('settle');
    expect((await app.shell.records()).filter((c) => c.api === 'Notification.show')).toHaveLength(1);
  }
});

test('"Start Backstride when I log in" sets the login item, off by default', async ({ launch }) => {
  const app = await launch();
  test.skip(!app.shell, 'The login item is main’s: main project only.');
  const section = await openReminders(app.page);
  const box = section.getByRole('checkbox', { name: 'Start Backstride when I log in (minimised)' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect
    .poll(async () => (await app.shell!.records()).filter((c) => c.api === 'app.setLoginItemSettings').map((c) => c.args[0]))
    .toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
});
