import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures/test';

test('Home offers the three doors, each reachable by keyboard', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  const doors = ['Before the run', 'After the run', 'History'];
  for (const name of doors) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name}`) }).last()).toBeVisible();
  }
  // Tab through the page and record which controls get focus.
  const focused: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim().replace(/\s+/g, ' ') ?? ''));
  }
  for (const name of doors) expect(focused.some((text) => text.startsWith(name))).toBe(true);
  await snap(app, 'home-light');

  const dark = await launch({ colorScheme: 'dark' });
  await expect(dark.page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 19, 22)');
  await snap(dark, 'home-dark');
});

test('a setting changed in the UI is kept after a relaunch', async ({ launch, snap }) => {
  const first = await launch();
  await first.page.getByRole('button', { name: 'Settings' }).click();
  await expect(first.page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await first.page.getByRole('radio', { name: 'Miles' }).check();
  await first.page.getByRole('radio', { name: 'Dark' }).check();
  await first.page.getByRole('combobox', { name: 'Week starts on' }).selectOption('Sunday');
  await expect(first.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await snap(first, 'settings-dark');

  const second = await first.relaunch();
  await second.page.getByRole('button', { name: 'Settings' }).click();
  await expect(second.page.getByRole('radio', { name: 'Miles' })).toBeChecked();
  await expect(second.page.getByRole('radio', { name: 'Kilometres' })).not.toBeChecked();
  await expect(second.page.getByRole('combobox', { name: 'Week starts on' })).toHaveValue('0');
  await expect(second.page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('malformed payloads get clear errors and leave the store unchanged', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Miles' }).check();
  await expect(page.getByRole('radio', { name: 'Miles' })).toBeChecked();
  const settingsFile = path.join(app.dataDir, 'settings.json');
  // The Miles write must have landed before "unchanged" means anything (the file exists from the start).
  await expect
    .poll(() => fs.existsSync(settingsFile) && JSON.parse(fs.readFileSync(settingsFile, 'utf8')).settings?.distanceUnit)
    .toBe('mi');
  const before = fs.readFileSync(settingsFile);

  const results = await page.evaluate(async () => {
    type Call = (
      arg?: unknown,
    ) => Promise<{ ok: boolean; error?: { code: string; message: string; issues: { path: string; message: string }[] } }>;
    const api = (window as unknown as { backstride: Record<string, Call> }).backstride;
    return Promise.all([
      api.updateSettings!({ theme: 'neon' }),
      api.updateSettings!({ distanceUnit: 42 }),
      api.updateSettings!({ getReadySec: -5 }),
      api.updateSettings!({ cues: { tones: 'yes' } }),
      api.updateSettings!({ unknownSetting: true }),
      api.updateSettings!({ getReadySec: 1e9 }),
      api.updateSettings!('not an object'),
      api.getSettings!('unexpected'),
    ]);
  });
  for (const result of results) {
    expect(result.ok, JSON.stringify(results)).toBe(false);
    expect(result.error?.code).toBe('invalid-argument');
    expect(result.error?.message.length).toBeGreaterThan(10);
  }
  // Each refused value named by its path for the form, and in words (never the path) for the screen.
  expect(results[0]!.error!.issues.map((i) => i.path)).toEqual(['theme']);
  expect(results[0]!.error!.message).toMatch(/^Theme: /);
  expect(results[2]!.error!.issues).toEqual([{ path: 'getReadySec', message: 'Get-ready cannot be negative.' }]);
  expect(results[2]!.error!.message).toBe('Get-ready countdown: Get-ready cannot be negative.');
  for (const result of results) expect(result.error!.message).not.toMatch(/settings:|getReadySec|distanceUnit/);
  expect(fs.readFileSync(settingsFile).equals(before)).toBe(true);
  // The preload exposes only the contract's methods: no raw channel access.
  const exposed = await page.evaluate(() => Object.keys((window as unknown as { backstride: object }).backstride).sort());
  expect(exposed).not.toContain('invoke');
  expect(exposed).toContain('updateSettings');
});

test('an app-menu command opens its screen', async ({ launch }) => {
  const app = await launch();
  await app.emit('menu:command', 'go-settings');
  await expect(app.page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('the built page carries the strict CSP and the browser enforces it', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("default-src 'none'");
  // An injected inline script must not run, and the browser reports the violation.
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) => resolve(e.violatedDirective.startsWith('script-src') && !('__inlineRan' in window)),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
      }),
  );
  expect(blocked).toBe(true);
});

test('the CSP blocks eval and new Function in the app page', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  // Code run by page.evaluate itself may eval (CDP allows it by default), so the attempts run in a
  // later task of the page, where the page's CSP applies as it would to any script of the app.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ eval: string; newFunction: string }>((resolve) => {
        setTimeout(() => {
          const tryRun = (run: () => unknown) => {
            try {
              run();
              return 'ran';
            } catch (error) {
              return error instanceof EvalError ? 'EvalError' : String(error);
            }
          };
          resolve({ eval: tryRun(() => (0, eval)('1 + 1')), newFunction: tryRun(() => new Function('return 1')()) });
        }, 0);
      }),
  );
  expect(outcome).toEqual({ eval: 'EvalError', newFunction: 'EvalError' });
});
