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
  projects: [
    { name: 'bridge', use: { appMode: 'bridge' } },
    { name: 'electron', use: { appMode: 'electron' } },
  ],
});
