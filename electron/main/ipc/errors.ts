import type { IpcErrorCode } from '../../../src/lib/ipc/contract';

/** Thrown by a handler to send a specific, user-readable failure back over IPC. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
