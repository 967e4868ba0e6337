/** Builds the import worker (electron/main/import/worker.ts) for tests that run main outside electron-vite. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildImportWorker(): Promise<string> {
  // Inside the project so that its package imports (zod) resolve from node_modules; a folder of its own
  // per build, because test files run in parallel and each build empties its folder first.
  // node_modules/.cache is not there on a clean clone until something makes it.
  const cache = path.join(ROOT, 'node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, 'backstride-import-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: path.join(ROOT, 'electron/main/import/worker.ts'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'import-worker.mjs' } },
    },
  });
  return path.join(outDir, 'import-worker.mjs');
}
