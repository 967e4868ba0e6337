/**
 * Guidance end to end: the first-run setup, and a history imported through History → Import…
 * read back as findings on Home (top two, then all under "See all advice"), one hidden for a
 * week and still hidden after a relaunch, and the summary for a doctor saved as a PDF.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, localDateOf } from '../../src/lib/history/dates';
import { exportHistory } from '../../src/lib/history/exchange';
import type { CheckIn, Session } from '../../src/lib/history/types';
import { newDataDir } from './fixtures/launch-app';
import { test, expect } from './fixtures/test';

const ALL_FINDINGS = [
  'See a doctor soon',
  'Get nerve symptoms checked',
  'Time to see a doctor',
  'Take a few days off running',
  'One run was much longer',
  'More than 4 runs in the last 7 days',
  'Take a rest day',
];

/**
 * Three weeks dated back from today: steady 5 km runs, then a week of running every day with a
 * long-run spike (8 km), a numbness check-in, a severe-pain run, a red flag and no rest day.
 */
function worryingHistory(today: string): Session[] {
  const sessions: Session[] = [];
  const add = (ago: number, fields: Partial<CheckIn>) => {
    const localDate = addDays(today, -ago);
    const at = `${localDate}T08:00:00.000Z`;
    sessions.push({
      id: `guidance-${ago}`,
      startedAt: at,
      localDate,
      routine: null,
      checkIn: {
        painNow: 2,
        painBefore: null,
        locations: ['lower-back'],
        kinds: ['ache'],
        redFlags: [],
        dayType: 'run',
        crossTrainingKind: '',
        distanceKm: 5,
        durationSec: 1800,
        note: '',
        treatments: [],
        painkillerNote: '',
        spotPain: {},
        avgHeartRate: null,
        climbM: null,
        ...fields,
      },
      updatedAt: at,
    });
  };
  for (const ago of [20, 17, 14, 10]) add(ago, {});
  add(6, {});
  add(5, {});
  add(4, { distanceKm: 8, durationSec: 2880, note: 'Long one <b>by the river</b>' });
  add(3, { kinds: ['numbness'], locations: ['lower-back', 'leg'], painNow: 4 });
  add(2, { painNow: 8, note: '<script>alert("x")</script> Sharp & sore after hills' });
  add(1, { distanceKm: 4, durationSec: 1440, redFlags: ['leg-weakness'], painNow: 5 });
  add(0, { dayType: 'cross', crossTrainingKind: 'Swimming & stretching', distanceKm: null, durationSec: null, painNow: 3 });
  return sessions;
}

async function findingTitles(page: Page): Promise<string[]> {
  return page.getByRole('article').getByRole('heading').allTextContents();
}

async function goHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('region', { name: 'Advice from your history' })).toBeVisible();
}

test('first-run setup: a structural answer brings the ask-a-doctor advice, all by keyboard', async ({ launch, snap }) => {
  const app = await launch({ firstRun: true });
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Backstride' })).toBeVisible();
  await expect(page.getByText('Ask a doctor before you run')).toHaveCount(0);
  // Nothing to wander off to before the questions are answered.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  const mechanical = page.getByRole('radio', { name: 'Mechanical' });
  for (let i = 0; i < 10 && !(await mechanical.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(mechanical).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Structural' })).toBeChecked();
  await expect(page.getByText('Ask a doctor before you run')).toBeVisible();
  await expect(page.getByText(/Check with your doctor that running suits you/)).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Kilometres' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Miles' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Monday' })).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // wraps round to the last day shown
  await expect(page.getByRole('radio', { name: 'Sunday' })).toBeChecked();
  await page.mouse.move(0, 0);
  await snap(app, 'setup');

  // The advice never blocks: Start is right there.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Ask a doctor before running' })).toBeVisible();
  await expect(page.getByText('A run, if your doctor agrees')).toBeVisible();

  // Answered once: the next start goes straight Home, and Settings shows the answers.
  const again = await app.relaunch();
  await expect(again.page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  await expect(again.page.getByRole('heading', { name: 'Welcome to Backstride' })).toHaveCount(0);
  await again.page.getByRole('button', { name: 'Settings' }).click();
  await expect(again.page.getByRole('radio', { name: 'Structural' })).toBeChecked();
  await expect(again.page.getByRole('radio', { name: 'Miles' })).toBeChecked();
  await expect(again.page.getByRole('combobox', { name: 'Week starts on' })).toHaveValue('0');
});

test('an imported history is read back as advice on Home; a hidden finding stays hidden; the summary saves as a PDF', async ({
  launch,
  snap,
}) => {
  const today = localDateOf(new Date());
  const dir = newDataDir();
  const file = path.join(dir, 'worrying-weeks.json');
  const sessions = worryingHistory(today);
  fs.writeFileSync(file, JSON.stringify(exportHistory(sessions, new Date()), null, 2));

  const app = await launch();
  const { page } = app;
  // A new runner with mechanical back pain is welcomed.
  await expect(page.getByRole('article', { name: 'Running can help your back' })).toBeVisible();

  // Import through History, as a runner would.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await app.answerDialogs({ openPath: file });
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('heading', { name: 'Import worrying-weeks.json?' })).toBeFocused();
  await page.getByRole('button', { name: 'Import all' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${sessions.length} sessions.` })).toBeVisible();

  // Home: the two most important findings, red flag first, and the plan for today.
  await goHome(page);
  await expect.poll(() => findingTitles(page)).toEqual(ALL_FINDINGS.slice(0, 2));
  const redFlag = page.getByRole('article', { name: 'See a doctor soon' });
  await expect(redFlag).toContainText('See a doctor');
  await expect(redFlag).toContainText('leg weakness that is getting worse');
  await expect(redFlag.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hide for a week: Get nerve symptoms checked' })).toBeVisible();
  await expect(page.getByText('This guidance comes from general running advice and is not a diagnosis', { exact: false })).toHaveCount(1);
  const plan = page.getByRole('region', { name: 'This week' });
  await expect(plan.getByText(/^\d+ (of 3–4 )?runs this week/)).toBeVisible();
  await expect(plan.getByText('See a doctor first')).toBeVisible();
  await page.mouse.move(0, 0);
  await snap(app, 'home-findings');

  // Every finding, under "See all advice", each with its level in words.
  const more = page.getByRole('button', { name: 'See all advice (5 more)' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => findingTitles(page)).toEqual(ALL_FINDINGS);
  await expect(page.getByRole('article', { name: 'Take a few days off running' })).toContainText(/^\s*Caution/);
  await expect(page.getByRole('article', { name: 'Get nerve symptoms checked' })).toContainText(/^\s*See a doctor/);
  await snap(app, 'home-findings-all');

  // Hide one for a week.
  await page.getByRole('button', { name: 'Hide for a week: Take a few days off running' }).click();
  await expect(page.getByText(/^Hidden until .*: Take a few days off running\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect.poll(() => findingTitles(page)).toEqual(ALL_FINDINGS.filter((t) => t !== 'Take a few days off running'));

  // The summary for a doctor, saved as a PDF where the runner chooses.
  const saveDir = newDataDir();
  await app.answerDialogs({ saveToDir: saveDir });
  await page.getByRole('button', { name: 'Save summary for your doctor (PDF)' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Summary saved to' });
  await expect(saved).toContainText(path.join(saveDir, `backstride-summary-${today}.pdf`));
  const pdf = fs.readFileSync(path.join(saveDir, `backstride-summary-${today}.pdf`));
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(5_000);
  // One page, as promised: Chromium writes one "/Type /Page" object per page.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);

  // Still hidden after a relaunch; the rest are all there.
  const again = await app.relaunch();
  await goHome(again.page);
  await expect.poll(() => findingTitles(again.page)).toEqual(ALL_FINDINGS.slice(0, 2));
  await again.page.getByRole('button', { name: 'See all advice (4 more)' }).click();
  await expect.poll(() => findingTitles(again.page)).toEqual(ALL_FINDINGS.filter((t) => t !== 'Take a few days off running'));

  // History's Advice tab has them all, in full, as well.
  await again.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await again.page.getByRole('tab', { name: 'Advice' }).click();
  await expect.poll(() => findingTitles(again.page)).toEqual(ALL_FINDINGS.filter((t) => t !== 'Take a few days off running'));
  await snap(again, 'history-advice');

  // The same Home in the dark (one app at a time on a data folder: the lock refuses a second).
  await again.close();
  const dark = await launch({ dataDir: app.dataDir, colorScheme: 'dark' });
  await goHome(dark.page);
  await expect.poll(() => findingTitles(dark.page)).toEqual(ALL_FINDINGS.slice(0, 2));
  const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 19, 22)');
  await dark.page.mouse.move(0, 0);
  await snap(dark, 'home-findings-dark');

  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(saveDir, { recursive: true, force: true });
});
