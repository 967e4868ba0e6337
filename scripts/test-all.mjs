#!/usr/bin/env node
// `npm test`: find a Chromium, typecheck, lint and format check, build, Electron security scan, unit + component tests (vitest),
// the packaging check, end-to-end tests (Playwright), the electron/main coverage figure,
// then one plain summary line computed from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './find-chromium.mjs';

// The end-to-end tests need a browser: find (or install) one first, or stop at once saying what to run.
const browser = await findChromium();
if ('missing' in browser) {
  console.log(browser.missing);
  process.exit(1);
}
process.env.CHROMIUM_PATH = browser.path;
console.log(`Chromium for the end-to-end tests: ${browser.path} (${browser.source})`);

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  // ESLint (typescript-eslint, eslint-plugin-svelte) and Prettier's check: the tree must be clean.
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['security scan', 'node', ['scripts/security-scan.mjs']],
  ['vitest', 'npx', ['vitest', 'run', '--coverage']],
  // electron-builder --dir with a stand-in Electron, then app.asar read back (tests/packaging).
  ['packaging', 'npx', ['vitest', 'run', '--config', 'vitest.packaging.config.ts']],
  ['playwright', 'npx', ['playwright', 'test']],
  // electron/main line coverage: vitest's plus the built main process's under the 'main' e2e project.
  ['coverage', 'node', ['scripts/coverage-report.mjs']],
];

fs.rmSync('test-results', { recursive: true, force: true });
const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failedSteps.push(name);
    // Without a build there is nothing for the end-to-end tests to run.
    if (name === 'build') break;
  }
}

const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const addVitest = (report) => {
  if (!report) return;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails before its tests run (an import or beforeAll error) has no failed test: count it as one.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  skipped += report.numPendingTests + report.numTodoTests;
};
const vitest = readJson('test-results/vitest.json');
addVitest(vitest);
const packaging = readJson('test-results/packaging.json');
addVitest(packaging);

const playwright = readJson('test-results/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
  const reasons = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        for (const a of t.annotations ?? []) {
          if (a.type === 'skip')
            reasons.set(
              `[${t.projectName}] ${a.description ?? 'no reason given'}`,
              (reasons.get(`[${t.projectName}] ${a.description}`) ?? 0) + 1,
            );
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of playwright.suites ?? []) visit(suite);
  for (const [reason, count] of reasons) console.log(`skipped ${count} test(s): ${reason}`);
}

if (!vitest || !packaging || !playwright)
  console.log(
    `A test runner left no report (${[!vitest && 'vitest', !packaging && 'packaging', !playwright && 'playwright'].filter(Boolean).join(', ')}).`,
  );
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 || !vitest || !packaging || !playwright ? 1 : 0);
