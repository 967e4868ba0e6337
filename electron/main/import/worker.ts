/**
 * The import worker: reads, parses and validates a history file (planImportInWorker), or reads
 * and parses run files (readRunsInWorker), off the main thread, so that a huge or hostile file
 * never freezes the window. Self-contained.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../../../src/lib/errors';
import { planImport } from '../../../src/lib/history/exchange';
import type { IpcErrorCode } from '../../../src/lib/ipc/contract';
import { ImportFileError, readImportFile, type ImportFileProblem } from '../files';
import { readRunFile } from './read-run-file';
import type { ImportJob, RunsJob, RunsMessage, WorkerMessage } from './protocol';

/** The IPC refusal for each reason an import file cannot be read: a file that is gone is not found; the rest are the wrong file. */
const REFUSAL_CODE: Record<ImportFileProblem, IpcErrorCode> = {
  folder: 'invalid-argument',
  'not-a-file': 'invalid-argument',
  'too-big': 'invalid-argument',
  'not-allowed': 'invalid-argument',
  missing: 'not-found',
  unreadable: 'not-found',
};

const post = (message: WorkerMessage | RunsMessage) => parentPort!.postMessage(message);

async function run(job: ImportJob): Promise<void> {
  post({ kind: 'progress', progress: { phase: 'reading', percent: 0 } });
  const file = await readImportFile(job.filePath);
  const existing = job.existingIds.map((id, i) => ({ id, localDate: job.existingDates[i]! }));
  let lastPercent = -1;
  const plan = planImport(existing, file.text, {
    onProgress: (checked, total) => {
      const percent = total === 0 ? 100 : Math.floor((checked / total) * 100);
      if (percent !== lastPercent) post({ kind: 'progress', progress: { phase: 'checking', percent: (lastPercent = percent) } });
    },
  });
  post({ kind: 'done', plan });
}

async function readRuns(job: RunsJob): Promise<void> {
  for (const filePath of job.paths) post({ kind: 'run-file', read: await readRunFile(filePath) });
  post({ kind: 'runs-done' });
}

const job = workerData as ImportJob | RunsJob;
if ('kind' in job) void readRuns(job);
else
  run(job).catch((error: unknown) => {
    if (error instanceof ImportFileError) post({ kind: 'refused', code: REFUSAL_CODE[error.problem], message: error.message });
    else
      post({
        kind: 'refused',
        code: 'internal',
        message: `the file could not be read (${errorMessage(error)})`,
      });
  });
