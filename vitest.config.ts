import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// A shared 2-core machine can take seconds to render a screen; a timeout is not what these tests check.
const testTimeout = 20_000;

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // `vitest run --coverage` (npm test): electron/main as the unit tests reach it; merged with the e2e run's by scripts/coverage-report.mjs.
    coverage: { provider: 'v8', include: ['electron/main/**'], reporter: ['json'], reportsDirectory: 'test-results/coverage/vitest' },
    projects: [
      {
        test: {
          name: 'unit',
          testTimeout,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Store specs use runes: the Svelte compiler must see them (the 'stores' project below).
          exclude: [...configDefaults.exclude, 'tests/unit/stores/**'],
        },
      },
      {
        plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }), svelteTesting()],
        test: {
          name: 'stores',
          testTimeout,
          environment: 'jsdom',
          include: ['tests/unit/stores/**/*.svelte.test.ts'],
        },
      },
      {
        plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }), svelteTesting()],
        test: {
          name: 'component',
          testTimeout,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
