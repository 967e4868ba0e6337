import type { IpcErrorCode, IpcIssue } from '../../../src/lib/ipc/contract';

/** Thrown by a handler to send a specific, user-readable failure back over IPC; `issues` names refused values. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues: IpcIssue[] = [],
  ) {
    super(message);
  }
}
