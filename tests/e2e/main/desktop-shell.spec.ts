/**
 * The desktop glue, run as built: out/main/index.js over the electron stand-in ('main' project only).
 * What Electron was asked (window options, handlers, menus) is read from the stand-in's record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures/test';
import type { LaunchedApp } from '../fixtures/launch-app';
import type { MainShell, StandinCall } from '../fixtures/main-shell';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';

const OUT = path.resolve(import.meta.dirname, '../../../out');
const nav = (app: LaunchedApp) => app.page.getByRole('navigation', { name: 'Main' });

function shellOf(app: LaunchedApp): MainShell {
  if (!app.shell) throw new Error('These specs run only in the main project.');
  return app.shell;
}

async function callsTo(app: LaunchedApp, api: string): Promise<StandinCall[]> {
  return (await shellOf(app).records()).filter((c) => c.api === api);
}

async function appRequest(app: LaunchedApp, url: string) {
  return shellOf(app).command<{ status: number; headers: Record<string, string>; body: Uint8Array } | null>('protocol-request', {
    url,
    method: 'GET',
    headers: {},
  });
}

async function startQuickWarmUp(app: LaunchedApp) {
  const { page } = app;
  await nav(app).getByRole('button', { name: 'Routines' }).click();
  await page.getByRole('combobox', { name: /“Before the run” button starts/ }).selectOption({ label: 'Quick warm-up (5 min)' });
  await nav(app).getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: /^Before the run/ }).click();
}

test('the window is locked down and loads the built preload', async ({ launch }) => {
  const app = await launch();
  const [created] = await callsTo(app, 'new BrowserWindow');
  const prefs = (created!.args[0] as { webPreferences: Record<string, unknown> }).webPreferences;
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    backgroundThrottling: false,
  });
  expect(prefs.preload).toBe(path.join(OUT, 'preload/index.cjs'));
  expect(fs.existsSync(prefs.preload as string)).toBe(true);
  // The preload at that path is what gave the page its API.
  const api = await app.page.evaluate(() => Object.keys((window as unknown as { backstride?: object }).backstride ?? {}));
  expect(api).toContain('getSettings');
  // And main answers it: the handlers are mounted on ipcMain.
  const settings = await app.page.evaluate(() =>
    (window as unknown as { backstride: { getSettings: () => Promise<{ ok: boolean }> } }).backstride.getSettings(),
  );
  expect(settings.ok).toBe(true);
});

test('the page is app://backstride/index.html, served by the app protocol with the CSP header; nothing outside', async ({ launch }) => {
  const app = await launch();
  const [win] = await shellOf(app).windowState();
  expect(win!.url).toBe('app://backstride/index.html');
  const page = await appRequest(app, 'app://backstride/index.html');
  expect(page!.status).toBe(200);
  expect(page!.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(page!.headers['content-type']).toContain('text/html');
  expect(page!.headers['x-content-type-options']).toBe('nosniff');

  for (const url of [
    'app://backstride/..%2f..%2fpackage.json',
    'app://backstride/..%2F..%2Fmain%2Findex.js',
    'app://other/index.html',
    'app://backstride/missing.js',
  ]) {
    expect((await appRequest(app, url))!.status, url).toBe(404);
  }
  // The same from inside the page: its own scheme answers, a way out does not.
  const fromPage = await app.page.evaluate(async () =>
    Promise.all(['/index.html', '/..%2f..%2fpackage.json'].map(async (u) => (await fetch(u)).status)),
  );
  expect(fromPage).toEqual([200, 404]);
});

test('navigation away, window.open and permission requests are refused', async ({ launch }) => {
  const app = await launch();
  const shell = shellOf(app);
  const { page } = app;
  await page.evaluate(() => void (location.href = 'https://example.com/elsewhere'));
  await expect
    .poll(async () => (await callsTo(app, 'will-navigate')).map((c) => c.args))
    .toEqual([['https://example.com/elsewhere', 'prevented']]);
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  expect(shell.toAppUrl(page.url())).toBe('app://backstride/index.html');

  const opened = await page.evaluate(() => window.open('https://example.com/popup', '_blank') !== null);
  expect(opened).toBe(true); // Chromium opens it first; main's handler then refuses it.
  await expect.poll(() => shell.popups).toEqual([{ url: 'https://example.com/popup', action: 'deny' }]);
  // Chromium may leave its own error page behind the refused popup; what matters is that nothing outside loaded.
  await expect
    .poll(() =>
      page
        .context()
        .pages()
        .map((p) => p.url())
        .filter((u) => u !== page.url() && u !== 'chrome-error://chromewebdata/'),
    )
    .toEqual([]);

  const [win] = await shell.windowState();
  for (const permission of ['media', 'notifications', 'geolocation']) {
    const answer = await shell.command('permission', {
      webContentsId: win!.webContentsId,
      permission,
      requestingUrl: 'app://backstride/index.html',
    });
    expect(answer, permission).toEqual({ checked: false, granted: false });
  }
  // The IPC sender check: only the app page may call main.
  const forged = await shell.command<{ ok: boolean; error: { code: string } }>('ipc-invoke', {
    webContentsId: win!.webContentsId,
    senderUrl: 'https://example.com/',
    channel: 'settings:get',
    args: [undefined],
  });
  expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('starting the app again focuses the running window instead of opening another', async ({ launch }) => {
  const app = await launch();
  const shell = shellOf(app);
  await shell.command('window', { action: 'minimize' });
  expect((await shell.windowState())[0]!.minimized).toBe(true);
  expect(await shell.startSecondInstance()).toEqual({ quitWithoutWindow: true });
  await expect.poll(async () => (await shell.windowState())[0]).toMatchObject({ minimized: false, focused: true });
  expect(await shell.windowState()).toHaveLength(1);
});

test('the machine sleeping or the screen locking pauses a running routine, which keeps the display awake only while it runs', async ({
  launch,
}) => {
  const app = await launch({ fakeClock: true });
  const { page } = app;
  await startQuickWarmUp(app);
  const paused = page.getByText('Paused — press Space to carry on');
  for (const event of ['suspend', 'lock-screen']) {
    await page.clock.runFor(8_000);
    await expect(paused).toHaveCount(0);
    await shellOf(app).command('power', { event });
    await expect(paused, event).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).click();
  }
  // Held while running, released at each pause: two pauses, three holds.
  await expect
    .poll(async () => (await callsTo(app, 'powerSaveBlocker.start')).map((c) => c.args[0]))
    .toEqual(Array(3).fill('prevent-display-sleep'));
  expect(await callsTo(app, 'powerSaveBlocker.stop')).toHaveLength(2);
});

test('a notification is shown only when the window is not in front', async ({ launch }) => {
  const app = await launch();
  const notify = () =>
    app.page.evaluate(() =>
      (window as unknown as { backstride: { notify: (n: object) => Promise<unknown> } }).backstride.notify({
        title: 'Routine complete',
        body: 'Quick warm-up is done.',
      }),
    );
  await notify();
  expect(await callsTo(app, 'Notification.show')).toEqual([]);
  await shellOf(app).command('window', { action: 'blur' });
  await notify();
  expect((await callsTo(app, 'Notification.show')).map((c) => c.args[0])).toEqual([
    { title: 'Routine complete', body: 'Quick warm-up is done.', silent: false },
  ]);
});

test('each menu command opens its screen', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const shell = shellOf(app);
  const screens: [string, () => Promise<void>][] = [
    ['History', () => expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()],
    ['Routines', () => expect(page.getByRole('combobox', { name: /“Before the run” button starts/ })).toBeVisible()],
    ['Settings', () => expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()],
    ['Home', () => expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible()],
    ['After the run', () => expect(page.getByRole('timer', { name: 'Time left in this step' })).toBeVisible()],
  ];
  for (const [label, shows] of screens) {
    await shell.command('menu-click', { path: ['Go', label] });
    await shows();
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Stop routine' }).click();
  // A stopped post-run routine leads to its check-in (#15); skipped here.
  await page.getByRole('button', { name: 'Skip check-in' }).click();
  await expect(page.getByRole('button', { name: /^Before the run/ })).toBeVisible();
  await shell.command('menu-click', { path: ['Go', 'Before the run'] });
  await expect(page.getByRole('timer', { name: 'Time left in this step' })).toBeVisible();
  const labels = (
    await shell.command<{ label: string; accelerator?: string; submenu?: { label: string; accelerator?: string }[] }[]>('menu-labels')
  )[0]!;
  expect(labels.submenu!.filter((i) => i.accelerator).map((i) => `${i.label} ${i.accelerator}`)).toEqual([
    'Home CmdOrCtrl+0',
    'Before the run CmdOrCtrl+1',
    'After the run CmdOrCtrl+2',
    'History CmdOrCtrl+3',
    'Routines CmdOrCtrl+4',
    'Settings CmdOrCtrl+,',
  ]);
});

test('quitting from the menu mid-routine leaves a checkpoint that the next launch offers', async ({ launch }) => {
  const app = await launch({ fakeClock: true });
  await startQuickWarmUp(app);
  await app.page.clock.runFor(5_000 + 31_000);
  const step = await app.page.getByRole('heading', { level: 1 }).textContent();
  const shell = shellOf(app);
  await shell.command('menu-click', { path: ['Go', 'quit'] });
  expect(await shell.exited).toBe(0);
  const player = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'player.json'), 'utf8'));
  expect(JSON.stringify(player)).toContain('builtin-before-short');

  const again = await launch({ dataDir: app.dataDir });
  await expect(again.page.getByRole('dialog', { name: 'Pick up where you stopped?' })).toBeVisible();
  await again.page.getByRole('button', { name: 'Resume' }).click();
  await expect(again.page.getByRole('heading', { level: 1 })).toHaveText(step!);
});

test("the window's size and place come back after a relaunch", async ({ launch }) => {
  const app = await launch();
  const bounds = { x: 140, y: 90, width: 1000, height: 700 };
  await shellOf(app).command('window', { action: 'setBounds', args: [bounds] });
  const again = await app.relaunch();
  const [created] = await callsTo(again, 'new BrowserWindow');
  expect(created!.args[0]).toMatchObject(bounds);
  expect((await shellOf(again).windowState())[0]!.bounds).toEqual(bounds);
  expect(again.page.viewportSize()).toEqual({ width: 1000, height: 700 });
  expect(JSON.parse(fs.readFileSync(path.join(app.dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ bounds, maximized: false });

  // Maximized: it opens maximized again, and un-maximizing would give back the same place.
  await shellOf(again).command('window', { action: 'maximize' });
  const third = await again.relaunch();
  expect((await shellOf(third).windowState())[0]).toMatchObject({ maximized: true, bounds });
});

test('the stores are electron-store files in BACKSTRIDE_DATA_DIR, not in the user-data folder', async ({ launch }) => {
  const app = await launch();
  await nav(app).getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('radio', { name: 'Miles' }).check();
  await expect.poll(() => JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')).settings?.distanceUnit).toBe('mi');
  expect(fs.readdirSync(shellOf(app).userDataDir).filter((f) => f.endsWith('.json'))).toEqual([]);
  // electron-store (not bare conf) opened them: it asked for userData and set up its renderer channel.
  expect((await callsTo(app, 'app.getPath')).map((c) => c.args[0])).toContain('userData');
  expect((await callsTo(app, 'ipcMain.on')).map((c) => c.args[0])).toContain('electron-store-get-data');
});

test('closing the window or quitting with unsaved routine changes asks first', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const shell = shellOf(app);
  await nav(app).getByRole('button', { name: 'Routines' }).click();
  await page.getByRole('button', { name: 'New routine before the run' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Changed but not saved');
  await page.getByRole('button', { name: 'Add Cat-cow' }).click();

  // Keep editing: the window stays, the text with it.
  await shell.command('answer-dialogs', { messageBox: 1 });
  await shell.command('window', { action: 'close' });
  await expect.poll(async () => (await callsTo(app, 'will-prevent-unload')).length).toBe(1);
  const [asked] = await callsTo(app, 'dialog.showMessageBoxSync');
  expect(asked!.args[0]).toMatchObject({ message: 'Discard your changes?', buttons: ['Discard changes', 'Keep editing'] });
  await expect(name).toHaveValue('Changed but not saved');
  await shell.command('answer-dialogs', { messageBox: 1 });
  await shell.command('menu-click', { path: ['Go', 'quit'] });
  await expect.poll(async () => (await callsTo(app, 'will-prevent-unload')).length).toBe(2);
  await expect(name).toHaveValue('Changed but not saved');
  expect(await shell.windowState()).toHaveLength(1);

  // Discard: the quit goes through.
  await shell.command('answer-dialogs', { messageBox: 0 });
  await shell.command('menu-click', { path: ['Go', 'quit'] });
  expect(await shell.exited).toBe(0);
});
