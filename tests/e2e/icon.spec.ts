// The app icon as a launcher, taskbar or title bar shows it: the committed PNGs at 16, 32 and 256 px,
// at their own size on the app's light and dark backgrounds. The screenshots are committed beside this spec.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures/launch-app';

const ICONS = path.resolve(import.meta.dirname, '../../resources/icons');
const SIZES = [16, 32, 256];
const LIGHT = '#f6f4ef';
const DARK = '#0f1316';

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
test.afterAll(async () => browser?.close());

test('the icon at 16, 32 and 256 px on light and dark backgrounds', async ({}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'bridge',
    'The icon page does not depend on how the app is launched: checked once, in the bridge project.',
  );
  const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 800, height: 300 } });
  const tile = (size: number, background: string) => {
    const data = fs.readFileSync(path.join(ICONS, `${size}x${size}.png`)).toString('base64');
    return `<span style="display:inline-block;padding:8px;background:${background};line-height:0"><img alt="" width="${size}" height="${size}" src="data:image/png;base64,${data}"></span>`;
  };
  const rows = SIZES.map(
    (size) => `<div id="icon-${size}" style="display:inline-flex;align-items:end">${tile(size, LIGHT)}${tile(size, DARK)}</div>`,
  );
  await page.setContent(`<body style="margin:0;display:flex;gap:12px;align-items:end;background:#808080">${rows.join('')}</body>`);

  for (const size of SIZES) {
    const row = page.locator(`#icon-${size}`);
    // Each image is drawn at its own pixel size: what a 16 px launcher slot shows, not a scaled-down render.
    expect(
      await row
        .locator('img')
        .first()
        .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.clientWidth]),
    ).toEqual([size, size]);
    await expect(row).toHaveScreenshot(`icon-${size}.png`, { maxDiffPixels: 0 });
  }
  await page.screenshot({ path: testInfo.outputPath('icon-sizes.png') });
  await page.close();
});
