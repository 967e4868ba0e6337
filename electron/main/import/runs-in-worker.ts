/**
 * Reads and parses run files in the import worker, so that a 50 MB GPX (about 13 s of parsing on
 * this machine) never freezes the window. A file that kills the worker (out of memory) is refused
 * on its own, and a fresh worker goes on with the files after it.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadRunFile } from '../../../src/lib/run-import/plan';
import type { RunsJob, RunsMessage } from './protocol';

/** Heap cap for the worker, in MB: a 50 MB track parses well under this. */
const WORKER_HEAP_MB = 1024;

function readInOneWorker(workerFile: string, paths: string[], onFile: (read: ReadRunFile) => void): Promise<string | null> {
  const job: RunsJob = { kind: 'runs', paths };
  const worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return new Promise<string | null>((resolve) => {
    let settled = false;
    const finish = (failure: string | null) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(failure);
    };
    let failure: string | null = null;
    worker.on('message', (message: RunsMessage) => {
      if (settled) return;
      if (message.kind === 'run-file') onFile(message.read);
      else finish(null);
    });
    // 'error' can come before the messages the worker posted ahead of it; Node delivers those before
    // 'exit', so the failure is only counted (against the next file) once the worker has exited.
    worker.on('error', (error) => {
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      failure ??= outOfMemory ? 'it is too big or too complex to read' : `it could not be read (${error.message})`;
    });
    worker.on('exit', () => finish(failure ?? 'it could not be read (the reader stopped)'));
  });
}

/** Every path gets an answer, in order; `onProgress` hears how many files are done. */
export async function readRunsInWorker(
  workerFile: string,
  paths: string[],
  onProgress: (done: number) => void = () => {},
): Promise<ReadRunFile[]> {
  const results: ReadRunFile[] = [];
  while (results.length < paths.length) {
    const failure = await readInOneWorker(workerFile, paths.slice(results.length), (read) => {
      results.push(read);
      onProgress(results.length);
    });
    if (failure !== null && results.length < paths.length) {
      results.push({ fileName: path.basename(paths[results.length]!), outcome: { ok: false, reason: failure } });
      onProgress(results.length);
    }
  }
  return results;
}
