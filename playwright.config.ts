import { defineConfig } from '@playwright/test';
import type { AppFixtures } from './tests/e2e/fixtures/test';

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
    // main/ holds the desktop-glue specs, which read the electron stand-in's record: main project only.
    { name: 'bridge', use: { appMode: 'bridge' }, testIgnore: 'main/**' },
    { name: 'electron', use: { appMode: 'electron' }, testIgnore: 'main/**' },
    // The built main process over the electron stand-in: every spec, plus the desktop-shell glue specs in main/.
    { name: 'main', use: { appMode: 'main' }, timeout: 120_000 },
  ],
});
