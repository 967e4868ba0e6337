import { defineConfig } from 'vitest/config';

// The packaging check (npm test runs it after the build): electron-builder --dir, then app.asar read back.
export default defineConfig({
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['tests/packaging/**/*.test.ts'],
    hookTimeout: 180_000,
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/packaging.json' }]],
  },
});
