/**
 * conf / electron-store with every write going through writeFileChecked. conf 15 writes the whole
 * store through its one `_write(value)` method; the subclass replaces it on its prototype, so
 * writes made while conf's constructor runs are checked too. (We use no encryption key, which is
 * the only other thing conf's `_write` does.)
 */
import { writeFileChecked, type WriteFs } from './checked-write';

interface ConfInstance {
  readonly path: string;
}

// `any[]` is what TypeScript requires of a mixin base; B keeps the real constructor's parameters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type ConfClass = new (...args: any[]) => ConfInstance;

/** A subclass of Base whose store writes are complete on disk or throw a StoreWriteError. */
export function withCheckedWrites<B extends ConfClass>(Base: B, fs?: WriteFs): B {
  if (typeof (Base.prototype as { _write?: unknown })._write !== 'function') {
    // A conf release that renamed its write method would silently bypass the checks: refuse to start.
    throw new Error(`${Base.name} has no _write method any more: the checked store write cannot be installed.`);
  }
  const Checked = class extends Base {};
  Object.defineProperty(Checked.prototype, '_write', {
    value(this: ConfInstance & { _serialize(value: unknown): string }, value: unknown) {
      writeFileChecked(this.path, this._serialize(value), { fs });
    },
  });
  return Checked;
}
