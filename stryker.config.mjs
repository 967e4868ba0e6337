// Mutation testing of the pure logic and the store (npm run mutate; not in npm test: it takes a while).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  checkers: [],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/**/*.ts',
    'electron/main/store/**/*.ts',
    // Content, not logic: the movement catalog, built-in routines and fixed wording. Tests read them; mutating each sentence measures nothing.
    '!src/lib/routines/catalog.ts',
    '!src/lib/routines/builtins.ts',
    '!src/lib/routines/kind-notes.ts',
    '!src/lib/guidance/tips.ts',
    '!src/lib/guidance/disclaimer.ts',
    '!src/lib/guidance/summary/style.ts',
  ],
  // Re-runs test only what changed since the last run (the file is kept out of git).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
