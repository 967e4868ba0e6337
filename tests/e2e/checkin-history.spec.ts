/**
 * The check-in and history screens end to end: a check-in typed by keyboard alone, found in the
 * list and the charts, edited, deleted and put back; exported and imported into a fresh app;
 * and a seeded 11-week history for the charts and the calendar.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, localDateOf, weekday } from '../../src/lib/history/dates';
import { exportHistory } from '../../src/lib/history/exchange';
import type { CheckIn, Session } from '../../src/lib/history/types';
import { newDataDir } from './fixtures/launch-app';
import { test, expect } from './fixtures/test';

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
}

/** Home's "Check in" door where there is one; otherwise History's "New check-in". */
async function openCheckIn(page: Page): Promise<void> {
  const homeDoor = page.getByRole('button', { name: /^Check in/ });
  if ((await homeDoor.count()) > 0) await homeDoor.first().click();
  else {
    await openHistory(page);
    await page.getByRole('button', { name: 'New check-in' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
}

async function importFile(page: Page, answer: (file: string) => Promise<void>, file: string): Promise<void> {
  await answer(file);
  await page.getByRole('button', { name: 'Import…' }).click();
}

/** Whether a canvas has anything drawn on it (a blank canvas is all transparent pixels). */
async function canvasHasDrawing(page: Page, name: string): Promise<boolean> {
  const handle = await page.getByRole('img', { name }).elementHandle();
  return page.evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    if (c.width === 0 || c.height === 0) return false;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  }, handle);
}

test('a check-in typed by keyboard alone is kept, shown, edited, deleted and put back', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await openCheckIn(page);

  // The pain row has focus on open; arrow keys choose.
  const painNow = page.getByRole('radiogroup', { name: 'Pain now' });
  await expect(painNow.getByRole('radio', { name: 'Pain 0 — no pain' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toHaveAttribute('aria-checked', 'true');
  await expect(painNow.getByRole('radio', { name: 'Pain 3 — mild' })).toBeFocused();

  await page.keyboard.press('Tab');
  const painBefore = page.getByRole('radiogroup', { name: 'Pain before the run' });
  await expect(painBefore.getByRole('radio', { name: 'Not given' })).toBeFocused();
  await page.keyboard.press('4');
  await expect(painBefore.getByRole('radio', { name: 'Pain 4 — moderate' })).toHaveAttribute('aria-checked', 'true');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Run' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Run' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Distance (km)' })).toBeFocused();
  await page.keyboard.type('8.5');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Time' })).toBeFocused();
  await page.keyboard.type('45:30');
  await expect(page.getByRole('status', { name: 'Pace' })).toHaveText('5:21 /km');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Lower back' })).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Ache' })).toBeFocused();
  await page.keyboard.press('Space');
  // Four more kinds, then the red flags in their three groups (the nerve group first).
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Fever or unexplained weight loss' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Easy loop, tight hips');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await snap(app, 'checkin');
  await page.keyboard.press('Enter');

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

// ---------------------------------------------------------------------------------------------
// A seeded history: 11 weeks of runs (Tue, Thu, Sun), cross-training (Sat) and rest (Mon), with
// a pre-run routine before each run and the check-in attached to a post-run routine. Pain eases
// from about 6 to about 2; distance grows a little; pace improves.

function seededSessions(today: string): Session[] {
  const sessions: Session[] = [];
  const days = 11 * 7;
  for (let ago = days; ago >= 0; ago--) {
    const localDate = addDays(today, -ago);
    const t = (days - ago) / days; // 0 → 1 over the period
    const wobble = [0, 1, -1, 0, 1, 0, -1][ago % 7]!;
    const pain = Math.max(0, Math.min(10, Math.round(6 - 4 * t + wobble)));
    const base: CheckIn = {
      painNow: pain,
      painBefore: Math.min(10, pain + 1),
      locations: pain >= 4 ? ['lower-back', 'hips'] : ['lower-back'],
      kinds: pain >= 5 ? ['ache', 'stiffness'] : ['stiffness'],
      // One rest day about six weeks ago had severe pain at night.
      redFlags: weekday(localDate) === 1 && ago >= 35 && ago < 42 ? ['night-pain'] : [],
      dayType: 'rest',
      crossTrainingKind: '',
      distanceKm: null,
      durationSec: null,
      note: '',
    };
    const at = (hour: number) => `${localDate}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const session = (id: string, hour: number, routine: Session['routine'], checkIn: CheckIn | null): Session => ({
      id: `seed-${localDate}-${id}`,
      startedAt: at(hour),
      localDate,
      routine,
      checkIn,
      updatedAt: at(hour),
    });
    const routine = (name: string, phase: 'before' | 'after', hour: number, steps: number): Session['routine'] => ({
      routineId: phase === 'before' ? 'pre-run-warm-up' : 'post-run-cool-down',
      routineName: name,
      phase,
      startedAt: at(hour),
      endedAt: `${localDate}T${String(hour).padStart(2, '0')}:12:00.000Z`,
      stepsDone: steps,
      stepsSkipped: phase === 'after' && ago % 3 === 0 ? 1 : 0,
      activeMs: steps * 55_000,
    });
    const wd = weekday(localDate);
    if (wd === 2 || wd === 4 || wd === 0) {
      const distanceKm = Number((5 + 4 * t + (wd === 0 ? 3 : 0)).toFixed(1));
      const paceSec = 370 - 40 * t;
      sessions.push(session('pre', 7, routine('Pre-run warm-up', 'before', 7, 10), null));
      sessions.push(
        session('post', 9, routine('Post-run cool-down', 'after', 9, 12), {
          ...base,
          dayType: 'run',
          distanceKm,
          durationSec: Math.round(distanceKm * paceSec),
          note: wd === 0 ? 'Long run by the river' : '',
        }),
      );
    } else if (wd === 6) {
      sessions.push(session('cross', 10, null, { ...base, dayType: 'cross', crossTrainingKind: ago % 2 ? 'cycling' : 'swimming' }));
    } else if (wd === 1) {
      sessions.push(session('rest', 18, null, base));
    }
  }
  return sessions;
}

test('a seeded history reads at a glance: list, charts and calendar, light and dark', async ({ launch, snap }) => {
  const today = localDateOf(new Date());
  const sessions = seededSessions(today);
  const dir = newDataDir();
  const file = path.join(dir, 'seeded-history.json');
  fs.writeFileSync(file, JSON.stringify(exportHistory(sessions, new Date()), null, 2));

  const app = await launch();
  const { page } = app;
  await openHistory(page);
  await importFile(page, (openPath) => app.answerDialogs({ openPath }), file);
  await expect(page.getByText(`${sessions.length} sessions to add`)).toBeVisible();
  await page.getByRole('button', { name: 'Import all' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${sessions.length} sessions.` })).toBeVisible();
  await expect(page.getByText(`${sessions.length} sessions, newest first.`)).toBeVisible();

  // Grouped by week, newest first, with each week's runs, distance and average pain.
  const weekHeadings = page.getByRole('heading', { level: 3, name: /^Week of/ });
  expect(await weekHeadings.count()).toBeGreaterThanOrEqual(11);
  await expect(page.getByText(/^\d+ runs? · [\d.]+ km · (.* · )?average pain \d\.\d$/).first()).toBeVisible();
  // The day with a red flag stands out in the list.
  await expect(page.getByRole('button', { name: /Rest day.*Pain \d.*See a doctor/ })).toHaveCount(1);
  await snap(app, 'history-list');

  // Filters: only cross-training days, then only severe pain.
  await page.getByRole('combobox', { name: 'Day type' }).selectOption('cross');
  await expect(page.getByText(/^Showing \d+ sessions of \d+\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Cross-training: (cycling|swimming)/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Run,/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all' }).click();
  await page.getByRole('combobox', { name: 'Routine' }).selectOption({ label: 'Pre-run warm-up' });
  await expect(page.getByRole('button', { name: /Routine only.*Pre-run warm-up/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Post-run cool-down/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all' }).click();

  // Charts: drawn, named, and summed up in words.
  await page.getByRole('tab', { name: 'Charts' }).click();
  for (const name of ['Pain over time chart', 'Runs and distance per week chart', 'Pace per week chart']) {
    await expect(page.getByRole('img', { name })).toBeVisible();
    expect(await canvasHasDrawing(page, name)).toBe(true);
  }
  await expect(page.getByText(/Latest 7-day average: \d\.\d/)).toBeVisible();
  await expect(page.getByText(/Over 12 weeks: \d\.\d runs a week on average\./)).toBeVisible();
  await expect(page.getByText(/Average pace|No timed runs yet this week/)).toBeVisible();
  await snap(app, 'history-charts');

  // Calendar: 12 weeks of 7 days, marked with letters and explained by a key.
  await page.getByRole('tab', { name: 'Charts' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Calendar' })).toHaveAttribute('aria-selected', 'true');
  const calendar = page.getByRole('table');
  await expect(calendar.getByRole('row')).toHaveCount(13);
  await expect(page.getByRole('list', { name: 'Calendar key' })).toContainText('Cross-training');
  await expect(calendar.getByRole('cell', { name: /\(today\)/ })).toHaveCount(1);
  await expect(calendar.getByRole('cell', { name: /: run, routine done$/ }).first()).toBeVisible();
  await expect(page.getByText(/\d+ run days, \d+ cross-training days and \d+ rest days in the last 12 weeks/)).toBeVisible();
  await snap(app, 'history-calendar');

  // The same history in the dark theme (one app at a time on a data folder: the lock refuses a second).
  await app.close();
  const dark = await launch({ dataDir: app.dataDir, colorScheme: 'dark' });
  await openHistory(dark.page);
  await dark.page.getByRole('tab', { name: 'Charts' }).click();
  expect(await canvasHasDrawing(dark.page, 'Pain over time chart')).toBe(true);
  const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 19, 22)');
  await snap(dark, 'history-charts-dark');
  await dark.page.getByRole('tab', { name: 'Calendar' }).click();
  await snap(dark, 'history-calendar-dark');
  fs.rmSync(dir, { recursive: true, force: true });
});
