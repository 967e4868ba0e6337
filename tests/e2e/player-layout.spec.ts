/**
 * The player on a laptop on the floor: at every common window size, light and dark, what a runner
 * needs from two metres is fully inside the window, and it stays put from step to step.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

const SIZES = [
  { width: 1366, height: 700 },
  { width: 1024, height: 640 },
  { width: 800, height: 600 },
] as const;

const CONTROLS = ['← Back', 'Pause|Resume', 'Skip →', '+15 s', 'Mute', 'Stop', 'Keys ?', 'Focus mode'];

type Box = { x: number; y: number; width: number; height: number };

/** Every part a runner needs, by what it shows, with its box (read in one go: the walk is long). */
async function parts(page: Page): Promise<Record<string, Box>> {
  const found = await page.evaluate(() => {
    const player = document.querySelector('section[aria-label="Routine player"]');
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    };
    const named: [string, Element | null | undefined][] = [
      ['countdown', player?.querySelector('[role=timer][aria-label="Time left in this step"]')],
      ['name', player?.querySelector('h1')],
      ['next', player?.querySelector('.next')],
      ['step count', [...(player?.querySelectorAll('span') ?? [])].find((s) => /^Step \d+ of \d+$/.test(s.textContent ?? ''))],
      ...[...(player?.querySelectorAll('button') ?? [])].map((b) => [b.textContent?.trim() ?? '', b] as [string, Element]),
    ];
    return named.map(([label, el]) => [label, box(el)] as const);
  });
  const boxes = Object.fromEntries(found);
  for (const control of CONTROLS) {
    const label = Object.keys(boxes).find((l) => new RegExp(`^(${control.replace(/[+?]/g, '\\$&')})$`).test(l));
    expect(label && boxes[label], `the ${control} button is shown`).toBeTruthy();
  }
  for (const label of ['countdown', 'name', 'next', 'step count']) expect(boxes[label], `${label} is shown`).toBeTruthy();
  return boxes as Record<string, Box>;
}

async function expectAllInside(page: Page, where: string) {
  const { width, height } = page.viewportSize()!;
  for (const [label, box] of Object.entries(await parts(page))) {
    if (!box) continue; // a button hidden on purpose (the How to toggle where the text fits)
    expect(box.x, `${label} left edge at ${where}`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${label} top edge at ${where}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label} right edge at ${where}`).toBeLessThanOrEqual(width);
    expect(box.y + box.height, `${label} bottom edge at ${where}`).toBeLessThanOrEqual(height);
  }
  const scroll = await page.evaluate(() => [
    document.documentElement.scrollHeight - innerHeight,
    document.documentElement.scrollWidth - innerWidth,
  ]);
  expect(scroll, `no scrolling at ${where}`).toEqual([0, 0]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the player fits 1366×700, 1024×640 and 800×600 without scrolling (${colorScheme})`, async ({ launch, snap }) => {
    test.setTimeout(180_000);
    const app = await launch({ fakeClock: true, colorScheme });
    const { page } = app;
    await page.getByRole('button', { name: /^Before the run/ }).click();
    const countdown = page.getByRole('timer', { name: 'Time left in this step' });
    await expect(countdown).toBeVisible();

    // Get-ready, then every segment of the routine (sides, switches, rests), at every size. Colour does
    // not change the layout: the dark run checks the first few segments only, to keep the suite quick.
    const lastStep = colorScheme === 'light' ? 12 : 3;
    const seen = new Set<string>();
    const countdownTops = new Map<string, Set<number>>();
    for (let i = 0; i < 40 && (await countdown.isVisible()); i++) {
      const stepCount = (await page.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
      seen.add(stepCount);
      for (const size of SIZES) {
        const key = `${size.width}×${size.height}`;
        await page.setViewportSize(size);
        await expectAllInside(page, `${key}, ${stepCount}, segment ${i}`);
        // The wheel's care note, at the routine's first wheel step, is read whole without scrolling or a click.
        if (stepCount === 'Step 1 of 12')
          await expect(page.getByRole('note').filter({ hasText: 'On the wheel' }), `wheel note at ${key}`).toBeInViewport({ ratio: 1 });
        const box = await countdown.boundingBox();
        countdownTops.set(key, (countdownTops.get(key) ?? new Set()).add(Math.round(box!.y)));
        if (i === 1) await snap(app, `player-${key}-${colorScheme}`);
        if (i === 0 && size.width === 1024) await snap(app, `player-get-ready-${key}-${colorScheme}`);
      }
      if (seen.size === lastStep) break;
      await page.keyboard.press('ArrowRight');
      await page.clock.runFor(1_000);
    }
    expect(seen.size, 'walked through the steps').toBe(lastStep);
    // The countdown does not jump up and down as names and texts change.
    for (const [size, tops] of countdownTops) expect([...tops], `countdown top at ${size}`).toHaveLength(1);

    // Paused is unmistakable at the smallest size, and the controls stay inside.
    await page.setViewportSize(SIZES[2]);
    await page.keyboard.press('Space');
    await expect(page.getByText('PAUSED', { exact: true })).toBeVisible();
    await expectAllInside(page, 'paused at 800×600');
    await snap(app, `player-paused-800×600-${colorScheme}`);
  });
}
