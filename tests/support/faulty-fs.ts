/**
 * A file system for the checked write path that misbehaves on demand: short writes, a writeSync
 * that claims more than it wrote, or an errno thrown from one call. Everything else is the real fs.
 */
import fs from 'node:fs';
import type { WriteFs } from '../../electron/main/store/checked-write';

export type Fault =
  | { kind: 'half-writes' }
  | { kind: 'lying-writes' }
  | { kind: 'zero-write' }
  | { kind: 'errno'; call: keyof WriteFs; code: string; afterBytes?: number };

export interface FaultyFs extends WriteFs {
  fault: Fault | null;
  /** Every rename the write path made: [from, to, size of `from` at the time]. */
  renames: [string, string, number][];
}

function errno(code: string, call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${call}`), { code });
}

export function faultyFs(): FaultyFs {
  const faulty: FaultyFs = {
    fault: null,
    renames: [],
    openSync: (...args: Parameters<typeof fs.openSync>) => (maybeThrow('openSync'), fs.openSync(...args)),
    fsyncSync: (fd: number) => (maybeThrow('fsyncSync'), fs.fsyncSync(fd)),
    fstatSync: fs.fstatSync,
    closeSync: fs.closeSync,
    rmSync: fs.rmSync,
    renameSync(from: fs.PathLike, to: fs.PathLike) {
      maybeThrow('renameSync');
      faulty.renames.push([String(from), String(to), fs.statSync(from).size]);
      fs.renameSync(from, to);
    },
    writeSync: ((fd: number, buffer: Uint8Array, offset: number = 0, length: number = buffer.byteLength - offset): number => {
      const fault = faulty.fault;
      if (fault?.kind === 'half-writes') return fs.writeSync(fd, buffer, offset, Math.max(1, Math.floor(length / 2)));
      if (fault?.kind === 'lying-writes') {
        fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
        return length;
      }
      if (fault?.kind === 'zero-write') return 0;
      if (fault?.kind === 'errno' && fault.call === 'writeSync') {
        // Writes some bytes first when asked: an error part-way through the file.
        if (fault.afterBytes && offset < fault.afterBytes)
          return fs.writeSync(fd, buffer, offset, Math.min(length, fault.afterBytes - offset));
        throw errno(fault.code, 'writeSync');
      }
      return fs.writeSync(fd, buffer, offset, length);
    }) as unknown as typeof fs.writeSync,
  } as FaultyFs;
  function maybeThrow(call: keyof WriteFs): void {
    const fault = faulty.fault;
    if (fault?.kind === 'errno' && fault.call === call) throw errno(fault.code, call);
  }
  return faulty;
}
