/** Messages between main and the import worker (shared by both sides). */
import type { ImportPlan } from '../../../src/lib/history/exchange';
import type { ImportProgress, IpcErrorCode } from '../../../src/lib/ipc/contract';

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
