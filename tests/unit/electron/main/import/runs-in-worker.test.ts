/** A run file that kills the reader is refused on its own; the files after it are still read. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readRunsInWorker } from '../../../../../electron/main/import/runs-in-worker';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

it('refuses the file the worker died on and starts a fresh worker for the rest, answering every file in order', async () => {
  // A stand-in reader that dies on any file named crash*.
  const worker = path.join(temp.dir, 'reader.mjs');
  fs.writeFileSync(
    worker,
    `import { parentPort, workerData } from 'node:worker_threads';
for (const p of workerData.paths) {
  if (p.includes('crash')) throw new Error('boom');
  parentPort.postMessage({ kind: 'run-file', read: { fileName: p, outcome: { ok: false, reason: 'read' } } });
}
parentPort.postMessage({ kind: 'runs-done' });`,
  );
  const progress: number[] = [];
  const read = await readRunsInWorker(worker, ['a.gpx', '/x/crash.fit', 'b.tcx'], (done) => progress.push(done));
  expect(read).toEqual([
    { fileName: 'a.gpx', outcome: { ok: false, reason: 'read' } },
    { fileName: 'crash.fit', outcome: { ok: false, reason: 'it could not be read (boom)' } },
    { fileName: 'b.tcx', outcome: { ok: false, reason: 'read' } },
  ]);
  expect(progress).toEqual([1, 2, 3]);
});
