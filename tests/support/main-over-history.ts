/** A test main process on a fresh temp data folder for each test, for handler tests that read a history written straight to the store. */
import { afterEach, beforeEach, expect } from 'vitest';
import type { Session } from '../../src/lib/history/types';
import { startMainProcess, type TestMainProcess } from './main-process';
import { makeTempDir } from './temp-dir';

export interface MainOverHistory {
  /** This test's main process. */
  readonly main: TestMainProcess;
  /** Puts these sessions in the history, as if saved over the years. */
  store(sessions: Session[]): void;
  /** Main's answer on a channel; fails the test when main refuses. */
  answer<T>(channel: string, arg: unknown): Promise<T>;
}

/** Call at the top of a test file: each test gets its own data folder, removed after it. */
export function mainOverHistory(now = '2026-11-26T18:00:00Z'): MainOverHistory {
  let temp: ReturnType<typeof makeTempDir>;
  let main: TestMainProcess;
  beforeEach(() => {
    temp = makeTempDir();
    main = startMainProcess(temp.dir, { now: () => new Date(now) });
  });
  afterEach(() => temp.cleanup());
  return {
    get main() {
      return main;
    },
    store(sessions) {
      main.stores.history.write({ ...main.stores.history.read(), sessions });
    },
    async answer<T>(channel: string, arg: unknown): Promise<T> {
      const result = await main.invoke(channel, arg);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return (result as { value: T }).value;
    },
  };
}
