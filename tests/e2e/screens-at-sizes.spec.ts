/**
 * The screens a runner sees every day, at 1024×640 and 1366×768: first-run Start above the fold,
 * Play from the library, Home's doors saying their title once, and screenshots of each screen.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
] as const;

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}

/** The control is fully inside the window without scrolling. */
async function inFirstScreen(page: Page, name: string): Promise<void> {
  const box = (await page.getByRole('button', { name }).boundingBox())!;
  const view = page.viewportSize()!;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
}

test('first-run Start is visible without scrolling at 1280×800 and 1024×640', async ({ launch }) => {
  const app = await launch({ firstRun: true });
  const { page } = app;
  for (const size of [{ width: 1280, height: 800 }, SIZES[0]]) {
    await page.setViewportSize(size);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Backstride' })).toBeVisible();
    await page.screenshot({ path: `tests/e2e/screenshots/${test.info().project.name}/setup-first-screen-${size.width}.png` });
    await inFirstScreen(page, 'Start');
  }
});

test('Home, library, check-in, settings and calendar at 1024×640 and 1366×768; Play starts a routine from its card', async ({
  launch,
  snap,
}) => {
  const app = await launch();
  const { page } = app;
  await page.evaluate(async () => {
    const api = (window as unknown as { backstride: { saveCheckIn: (a: unknown) => Promise<unknown> } }).backstride;
    await api.saveCheckIn({
      sessionId: null,
      checkIn: {
        painNow: 3,
        painBefore: null,
        locations: [],
        kinds: [],
        redFlags: [],
        dayType: 'run',
        crossTrainingKind: '',
        distanceKm: 8,
        durationSec: 2700,
        note: '',
        treatments: [],
        painkillerNote: '',
        spotPain: {},
        avgHeartRate: null,
        climbM: null,
      },
    });
  });
  // Home's doors: the title once, then the routine's time.
  await expect(page.getByRole('button', { name: /^Before the run/ })).toContainText(/about \d+ min/);
  await expect(page.getByText(/Before the run · about/)).toHaveCount(0);

  for (const size of SIZES) {
    await page.setViewportSize(size);
    const tag = `${size.width}`;
    await nav(page, 'Home');
    await expect(page.getByRole('button', { name: /^After the run/ })).toBeVisible();
    await snap(app, `daily-home-${tag}`);
    await nav(page, 'Routines');
    await expect(page.getByRole('button', { name: 'Play Quick cool-down (5 min)' })).toBeVisible();
    await snap(app, `daily-library-${tag}`);
    await nav(page, 'Settings');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
    await snap(app, `daily-settings-${tag}`);
    await nav(page, 'History');
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await snap(app, `daily-calendar-${tag}`);
    await page.getByRole('tab', { name: 'Charts' }).click();
    await snap(app, `daily-charts-${tag}`);
    await nav(page, 'Home');
    await page.getByRole('button', { name: 'Check in without a routine' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
    await snap(app, `daily-checkin-${tag}`);
  }

  await nav(page, 'Routines');
  await page.getByRole('button', { name: 'Play Quick cool-down (5 min)' }).click();
  await expect(page.getByText(/Lying glute stretch|Get ready/).first()).toBeVisible();
  await snap(app, 'daily-played-from-library');
});
