import { defineConfig } from 'vitest/config';

// The unit tests StrykerJS runs against each mutant (npm run mutate): the pure logic and the store.
// The kill test (child processes killed mid-write) is left out: it tests crash timing, not logic, and takes minutes.
export default defineConfig({
  test: {
    name: 'mutate',
    testTimeout: 20_000,
    environment: 'node',
    include: ['tests/unit/lib/**/*.test.ts', 'tests/unit/electron/main/store/**/*.test.ts'],
    // These set process.env.TZ per test, which Stryker's runner (worker threads) does not apply; npm test runs them.
    exclude: [
      'tests/unit/electron/main/store/kill.test.ts',
      'tests/unit/lib/history/sessions.test.ts',
      'tests/unit/lib/history/file-names.test.ts',
      'tests/unit/lib/history/stats-weeks.test.ts',
    ],
    // The 50 MB refusal builds 50 MB of text; instrumented, it outlasts any timeout. npm test runs it.
    testNamePattern: /^(?!.*over 50 MB)/,
  },
});
