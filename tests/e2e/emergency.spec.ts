/**
 * An emergency sign end to end: a check-in with numbness in the saddle area shows the emergency
 * wording on the check-in, then on Home, in History's session row and Advice, in the text of the
 * doctor summary PDF, and stays on Home until the runner says a doctor has seen them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newDataDir } from './fixtures/launch-app';
import { pdfFirstPagePng, pdfText } from '../support/pdf-text';
import { test, expect } from './fixtures/test';

const URGENT = 'Get urgent medical help now';

test('a saddle-numbness check-in keeps the emergency wording on every screen and in the doctor summary PDF until a doctor has seen the runner', async ({
  launch,
  snap,
}, testInfo) => {
  const app = await launch();
  const { page } = app;
  // The smallest laptop screen we design for: the urgent words must be on the first screenful.
  await page.setViewportSize({ width: 1024, height: 640 });
  const screen = async (p: Page, name: string) => p.screenshot({ path: testInfo.outputPath(`${name}-1024x640.png`) });
  await page
    .getByRole('button', { name: /^Check in/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  // Pain now is required before a check-in saves.
  await page.getByRole('radiogroup', { name: 'Pain now' }).getByRole('radio', { name: 'Pain 3 — mild' }).click();
  await page.getByRole('checkbox', { name: 'Numbness in the groin or saddle area' }).check();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${URGENT}.`);
  await expect(alert).toContainText('call emergency services now');
  await expect(alert.getByText(`${URGENT}.`)).toBeInViewport({ ratio: 1 });
  await snap(app, 'checkin-emergency');
  await screen(page, 'checkin-emergency');
  await page.getByRole('button', { name: 'Save check-in' }).click();

  // History: the session row and its details.
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Emergency: get help now/ })).toBeInViewport({ ratio: 1 });
  await page.getByRole('tab', { name: 'Advice' }).click();
  await expect(page.getByRole('article', { name: URGENT })).toContainText('numbness in the groin or saddle area');
  await page.getByRole('tab', { name: 'Advice' }).focus();
  await screen(page, 'history-emergency');

  // Home: the finding on top and today's plan, with no way to hide it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  const finding = page.getByRole('article', { name: URGENT });
  // On the first screenful, above the start buttons, at the smallest laptop size.
  await expect(finding.getByRole('heading', { name: URGENT })).toBeInViewport({ ratio: 1 });
  await expect(finding).toContainText('Emergency');
  await expect(page.getByRole('region', { name: 'This week' })).toContainText(URGENT);
  await expect(finding.getByRole('button', { name: /Hide for a week/ })).toHaveCount(0);
  await page.mouse.move(0, 0);
  await snap(app, 'home-emergency');
  await screen(page, 'home-emergency');

  // The doctor summary PDF: its text (what a doctor reads, or a screen reader speaks) keeps the emergency words.
  const saveDir = newDataDir();
  await app.answerDialogs({ saveToDir: saveDir });
  await page.getByRole('button', { name: 'Save summary for your doctor (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Summary saved to' })).toBeVisible();
  const saved = fs.readdirSync(saveDir);
  expect(saved).toEqual([expect.stringMatching(/^backstride-summary-.*\.pdf$/)]);
  const pdf = fs.readFileSync(path.join(saveDir, saved[0] ?? ''));
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  expect(text).toContain(`EMERGENCY ${URGENT}.`);
  expect(text).toMatch(/Emergency sign \(get urgent medical help now\):\s*Numbness in the groin or saddle area/i);
  expect(text).not.toMatch(/as soon as you can|doctor soon/i);
  fs.writeFileSync(testInfo.outputPath('summary-emergency-1024w.png'), await pdfFirstPagePng(pdf, 1024));

  // Still there after a relaunch; gone once the runner says a doctor has seen them (asked twice).
  const again = await app.relaunch();
  const stays = again.page.getByRole('article', { name: URGENT });
  await expect(stays).toBeVisible();
  await stays.getByRole('button', { name: 'A doctor has seen me' }).click();
  await stays.getByRole('button', { name: 'Yes, a doctor has seen me' }).click();
  await expect(again.page.getByRole('article', { name: URGENT })).toHaveCount(0);
});
