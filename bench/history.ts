/**
 * History at scale: 10,000 sessions (about 25 years of daily use) in the real store.
 * Measures saving one check-in through main's handler, the history file size, and — in Chromium
 * through the same bridge the E2E tests use — opening History to its first rows and the charts.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { launchApp, newDataDir } from '../tests/e2e/fixtures/launch-app';
import { startMainProcess } from '../tests/support/main-process';
import { seedSessions } from './seed';

const SESSIONS = 10_000;
const SAVES = 60;
const OPENS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function runHistoryBench(): Promise<boolean> {
  console.log(`\n## History: ${SESSIONS.toLocaleString('en')} sessions`);
  const dataDir = newDataDir();
  const seeded = startMainProcess(dataDir);
  seeded.stores.history.write({ schemaVersion: 1, sessions: seedSessions(SESSIONS) });
  await seeded.invoke('settings:update', { backPainType: 'mechanical' });

  // A fresh main process reads the file, as at launch; then check-ins are saved one by one.
  const main = startMainProcess(dataDir);
  const checkIn = { painNow: 2, painBefore: 1, locations: ['lower-back'], kinds: ['ache'], redFlags: [], dayType: 'run', crossTrainingKind: '', distanceKm: 7.5, durationSec: 2500, note: 'bench' };
  const saveTimes: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const t0 = performance.now();
    const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    saveTimes.push(performance.now() - t0);
    if (!result.ok) throw new Error(result.error.message);
  }
  const fileBytes = fs.statSync(main.stores.history.path).size;
  console.log(`save one check-in, median / p95:  ${ms(median(saveTimes))} / ${ms(p95(saveTimes))}  (target p95 < 50 ms; ${SAVES} saves)`);
  console.log(`history file size:                ${(fileBytes / 1024 / 1024).toFixed(2)} MB (${Math.round(fileBytes / (SESSIONS + SAVES))} bytes a session)`);

  const app = await launchApp({ mode: 'bridge', dataDir });
  const openTimes: number[] = [];
  const chartTimes: number[] = [];
  try {
    const { page } = app;
    await page.getByRole('button', { name: /^Before the run/ }).waitFor();
    for (let i = 0; i < OPENS; i++) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
      await page.getByRole('button', { name: /^Before the run/ }).waitFor();
      // From the click to the first session rows on screen (after the next paint).
      openTimes.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === 'History') as HTMLButtonElement;
              const t0 = performance.now();
              const seen = () => document.querySelector('#history-panel [aria-expanded]');
              const observer = new MutationObserver(() => {
                if (!seen()) return;
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
              });
              observer.observe(document.body, { childList: true, subtree: true });
              button.click();
            }),
        ),
      );
      // From the click on the Charts tab until all three charts are drawn and painted.
      chartTimes.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const tab = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent?.trim() === 'Charts') as HTMLButtonElement;
              const t0 = performance.now();
              const drawn = () => {
                const canvases = [...document.querySelectorAll('canvas')];
                return canvases.length === 3 && canvases.every((c) => c.width > 0);
              };
              const poll = () => (drawn() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)) : requestAnimationFrame(poll));
              tab.click();
              requestAnimationFrame(poll);
            }),
        ),
      );
      await page.getByRole('tab', { name: 'Sessions' }).click();
    }
    const rows = await page.locator('#history-panel [aria-expanded]').count();
    console.log(`open History to first rows, median / max: ${ms(median(openTimes))} / ${ms(Math.max(...openTimes))}  (target < 200 ms; ${OPENS} opens; ${rows} rows rendered of ${SESSIONS + SAVES})`);
    console.log(`switch to Charts until drawn, median / max: ${ms(median(chartTimes))} / ${ms(Math.max(...chartTimes))}`);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const met = p95(saveTimes) < 50 && median(openTimes) < 200;
  console.log(`history targets: ${met ? 'met' : 'NOT met'}`);
  return met;
}
