/** A seeded 11-week history read at a glance, end to end: the list, the charts and the calendar, light and dark. */
import fs from 'node:fs';
import path from 'node:path';
import { addDays, localDateOf, weekday } from '../../src/lib/history/dates';
import { exportHistory } from '../../src/lib/history/exchange';
import type { CheckIn, Session } from '../../src/lib/history/types';
import { newDataDir } from './fixtures/launch-app';
import { canvasHasDrawing, importFile, openHistory } from './fixtures/history-steps';
import { test, expect } from './fixtures/test';

/**
 * 11 weeks of runs (Tue, Thu, Sun), cross-training (Sat) and rest (Mon), with a pre-run routine
 * before each run and the check-in attached to a post-run routine. Pain eases from about 6 to
 * about 2; distance grows a little; pace improves.
 */
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
      treatments: [],
      painkillerNote: '',
      spotPain: {},
      avgHeartRate: null,
      climbM: null,
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
  // After an import the list comes a screenful first, then its older weeks a slice a frame.
  await expect.poll(() => weekHeadings.count()).toBeGreaterThanOrEqual(11);
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
  await expect(page.getByText(/Over \d+ weeks since your first session: \d\.\d runs a week on average\./)).toBeVisible();
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
