import { defineConfig } from 'vitest/config';

// The unit tests StrykerJS runs against each mutant (npm run mutate): the pure logic and the store.
// The kill test (child processes killed mid-write) is left out: it tests crash timing, not logic, and takes minutes.
export default defineConfig({
  test: {
    name: 'mutate',
    testTimeout: 20_000,
    environment: 'node',
    include: ['tests/unit/lib/**/*.test.ts', 'tests/unit/electron/main/store/**/*.test.ts'],
    // Tests that switch process.env.TZ skip the zones Stryker's worker threads cannot switch to (tests/support/time-zone.ts);
    // scripts/mutate.mjs starts Stryker in Berlin, the zone most of them are written in.
    exclude: ['tests/unit/electron/main/store/kill.test.ts'],
    // The 50 MB refusal builds 50 MB of text; instrumented, it outlasts any timeout. npm test runs it.
    testNamePattern: /^(?!.*over 50 MB)/,
  },
});
