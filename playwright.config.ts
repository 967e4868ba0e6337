import { defineConfig } from '@playwright/test';
import type { AppFixtures } from './tests/e2e/fixtures/test';

const DESKTOP_GLUE = /[\\/]tests[\\/]e2e[\\/]main[\\/]/;

export default defineConfig<AppFixtures>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  // Screenshots compared by toHaveScreenshot (the app icon: images only, no text) are the same on every OS.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  projects: [
    // tests/e2e/main/ holds the desktop-glue specs, which read the electron stand-in's record: main project only.
    // A RegExp on the path below testDir: a glob like 'main/**' also matched a checkout that lives in a folder named main.
    { name: 'bridge', use: { appMode: 'bridge' }, testIgnore: DESKTOP_GLUE },
    { name: 'electron', use: { appMode: 'electron' }, testIgnore: DESKTOP_GLUE },
    // The built main process over the electron stand-in: every spec, plus the desktop-shell glue specs in main/.
    { name: 'main', use: { appMode: 'main' }, timeout: 120_000 },
  ],
});
