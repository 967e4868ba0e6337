/**
 * Runs the import check (read, parse, validate, plan) in a worker thread and reports its progress.
 * Main stays responsive whatever the file holds; the worker's memory is capped.
 */
import { Worker } from 'node:worker_threads';
import type { ImportPlan } from '../../../src/lib/history/exchange';
import type { Session } from '../../../src/lib/history/types';
import { IpcError } from '../ipc/errors';
import type { ImportProgress } from '../../../src/lib/ipc/contract';
import type { ImportJob, WorkerMessage } from './protocol';

/** Heap cap for the worker, in MB: the 80 MB export of 100,000 sessions parses and checks under this (npm run bench -- stress). */
const WORKER_HEAP_MB = 1024;

export async function planImportInWorker(
  workerFile: string,
  filePath: string,
  existing: readonly Session[],
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportPlan> {
  const job: ImportJob = { filePath, existingIds: existing.map((s) => s.id), existingDates: existing.map((s) => s.localDate) };
  const worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  try {
    return await new Promise<ImportPlan>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'progress') onProgress(message.progress);
        else if (message.kind === 'done') resolve(message.plan);
        else reject(new IpcError(message.code, message.message));
      });
      worker.on('error', (error) => {
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        reject(
          new IpcError(
            'invalid-argument',
            outOfMemory ? 'the file is too big or too complex to check.' : `the file could not be checked (${error.message}).`,
          ),
        );
      });
      worker.on('exit', (code) => reject(new IpcError('internal', `the file check stopped unexpectedly (exit ${code}).`)));
    });
  } finally {
    void worker.terminate();
  }
}
