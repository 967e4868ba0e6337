/**
 * The movement figures as the app draws them: a sheet of every figure at 120 px and 400 px, light
 * and dark, with its name and how-to beside it to compare (a test artefact to look at); and the
 * player's gentle figure animation stopping under reduced motion.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures/test';
import { MOVEMENTS } from '../../src/lib/routines/catalog';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every movement figure, with its how-to, at 120 and 400 px (${colorScheme})`, async ({ launch }, testInfo) => {
    test.setTimeout(120_000);
    const app = await launch({ colorScheme });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Routines' }).click();
    await page.getByRole('button', { name: 'New routine before the run' }).click();
    const list = page.getByRole('list', { name: 'Movements' });
    await expect(list.locator('svg[data-figure]')).toHaveCount(MOVEMENTS.length);

    // The editor's own figures (the real component and its styles), laid out as a sheet.
    const entries = MOVEMENTS.map((m) => ({ id: m.id, text: `${m.name} (${m.kind}): ${m.howTo}` }));
    const dir = path.join(import.meta.dirname, 'screenshots', testInfo.project.name);
    fs.mkdirSync(dir, { recursive: true });
    for (const px of [120, 400]) {
      const perRow = px === 120 ? 5 : 3;
      for (let start = 0; start < entries.length; start += px === 120 ? entries.length : 9) {
        const chunk = entries.slice(start, start + (px === 120 ? entries.length : 9));
        await page.evaluate(
          ({ chunk, px, perRow }) => {
            document.getElementById('figure-sheet')?.remove();
            const sheet = document.createElement('div');
            sheet.id = 'figure-sheet';
            Object.assign(sheet.style, {
              position: 'absolute',
              inset: '0 auto auto 0',
              zIndex: '99',
              background: 'var(--bg)',
              color: 'var(--text)',
              padding: '12px',
              display: 'grid',
              gap: '12px',
              gridTemplateColumns: `repeat(${perRow}, ${px + 140}px)`,
              font: '13px/1.3 var(--font)',
            });
            for (const { id, text } of chunk) {
              const cell = document.createElement('div');
              Object.assign(cell.style, { display: 'grid', gap: '4px' });
              const figure = document.querySelector(`ul[aria-label="Movements"] svg[data-figure="${id}"]`)!.cloneNode(true) as SVGElement;
              figure.classList.remove('small');
              Object.assign(figure.style, { width: `${px}px`, height: `${px}px` });
              const caption = document.createElement('p');
              Object.assign(caption.style, { margin: '0' });
              caption.textContent = text;
              cell.append(figure, caption);
              sheet.append(cell);
            }
            document.body.append(sheet);
          },
          { chunk, px, perRow },
        );
        const sheet = page.locator('#figure-sheet');
        await expect(sheet.locator('svg[data-figure]')).toHaveCount(chunk.length);
        await expect(sheet.locator('svg[data-figure]').first()).toBeVisible();
        await sheet.screenshot({ path: path.join(dir, `figures-${px}px-${colorScheme}${px === 400 ? `-${start / 9 + 1}` : ''}.png`) });
      }
    }
  });
}

test('the player figure moves gently, and reduced motion stops every animation', async ({ launch }) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await page.getByRole('button', { name: /^Before the run/ }).click();
  await expect(page.getByRole('timer')).toBeVisible(); // the player loads on first open; time counts from then
  await page.clock.runFor(6_000);
  // Cat-cow, a dynamic move, is the fourth step of the full warm-up.
  const title = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 8 && (await title.textContent()) !== 'Cat-cow'; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cat-cow');
  const running = () => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  expect(await running(), 'the two-pose swing plays').toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(running, { message: 'nothing animates under reduced motion' }).toBe(0);
});
