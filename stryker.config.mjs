// Mutation testing of the pure logic and the store (npm run mutate; not in npm test: it takes a while).
// scripts/mutate.mjs runs it one area at a time (STRYKER_AREA), each area with its own report, so a long run keeps what it has done.
const area = process.env.STRYKER_AREA ?? 'all';
const AREAS = {
  all: ['src/lib/**/*.ts', 'electron/main/store/**/*.ts'],
  history: ['src/lib/history/**/*.ts'],
  guidance: ['src/lib/guidance/**/*.ts'],
  routines: ['src/lib/routines/**/*.ts'],
  timer: ['src/lib/timer/**/*.ts', 'src/lib/player/**/*.ts'],
  'run-import': ['src/lib/run-import/**/*.ts'],
  other: [
    'src/lib/*.ts',
    'src/lib/checkin/**/*.ts',
    'src/lib/data/**/*.ts',
    'src/lib/format/**/*.ts',
    'src/lib/navigation/**/*.ts',
    'src/lib/ipc/**/*.ts',
    'src/lib/settings/**/*.ts',
    'src/lib/reminders/**/*.ts',
    'src/lib/pictures/**/*.ts',
  ],
  store: ['electron/main/store/**/*.ts'],
};
if (!AREAS[area]) throw new Error(`Unknown STRYKER_AREA ${area}; one of ${Object.keys(AREAS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  checkers: [],
  coverageAnalysis: 'perTest',
  // A mutant in a module's top-level code would need every test run again for each one; those are left out.
  ignoreStatic: true,
  mutate: [
    ...AREAS[area],
    // Content, not logic: the movement catalog, built-in routines and fixed wording. Tests read them; mutating each sentence measures nothing.
    '!src/lib/routines/catalog.ts',
    '!src/lib/routines/builtins.ts',
    '!src/lib/routines/kind-notes.ts',
    '!src/lib/guidance/tips.ts',
    '!src/lib/guidance/disclaimer.ts',
    '!src/lib/guidance/summary/style.ts',
    '!src/lib/ipc/contract.ts',
  ],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  clearTextReporter: { reportMutants: false },
  concurrency: 2,
  timeoutMS: 5_000,
  tempDirName: `.stryker-tmp/${area}`,
  cleanTempDir: true,
};
