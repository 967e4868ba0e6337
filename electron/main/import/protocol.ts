/** Messages between main and the import worker (shared by both sides). */
import type { ImportPlan } from '../../../src/lib/history/exchange';
import type { ImportProgress, IpcErrorCode } from '../../../src/lib/ipc/contract';
import type { ReadRunFile } from '../../../src/lib/run-import/plan';

export interface ImportJob {
  filePath: string;
  /** The current history's ids and local dates, as two lists (cheap to send). */
  existingIds: string[];
  existingDates: string[];
}

export type WorkerMessage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; plan: ImportPlan }
  | { kind: 'refused'; code: IpcErrorCode; message: string };

/** Run files to read and parse, one message back per file, in order. */
export interface RunsJob {
  kind: 'runs';
  paths: string[];
}

export type RunsMessage = { kind: 'run-file'; read: ReadRunFile } | { kind: 'runs-done' };
