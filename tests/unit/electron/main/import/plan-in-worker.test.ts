/**
 * Import checks run in a worker: a hostile 52 MB file is refused while main keeps answering
 * (it spends under 100 ms of CPU in all, so it is never blocked that long), and a big honest file reports its progress.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHistory } from '../../../../../src/lib/history/exchange';
import type { Session } from '../../../../../src/lib/history/types';
import { buildImportWorker } from '../../../../support/import-worker';
import { startMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let workerFile: string;
beforeAll(async () => {
  temp = makeTempDir();
  workerFile = await buildImportWorker();
}, 60_000);
afterAll(() => temp?.cleanup());

/**
 * CPU time this thread has used, in ms (Linux: /proc/thread-self/stat, utime + stime in clock ticks).
 * Wall-clock gaps would also count the scheduler's stalls on a busy machine; CPU time counts only
 * the work this thread did, so it bounds the longest block from above.
 */
function threadCpuMs(): number {
  const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function mainCpuDuring<T>(work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = threadCpuMs();
  const result = await work();
  return { result, cpuMs: threadCpuMs() - before };
}

describe('import checked off the main thread', () => {
  it.skipIf(process.platform !== 'linux')(
    'refuses a 52 MB file of "[" without blocking main for 100 ms',
    async () => {
      const dir = path.join(temp.dir, 'a');
      const main = startMainProcess(dir, { importWorkerFile: workerFile });
      const file = path.join(temp.dir, 'brackets.json');
      fs.writeFileSync(file, Buffer.alloc(52_000_000, '['));
      main.platform.openPath = file;
      const { result, cpuMs } = await mainCpuDuring(() => main.invoke('history:import-preview'));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-argument',
          message:
            'brackets.json cannot be imported: Nothing was imported. The file nests lists and objects more than 32 deep, which no Backstride history does.',
          issues: [],
        },
      });
      // Main did less than 100 ms of work in all, so it was never blocked for 100 ms.
      expect(cpuMs).toBeLessThan(100);
      expect(main.platform.progress[0]).toEqual({ phase: 'reading', percent: 0 });
    },
    60_000,
  );

  it('refuses /dev/zero and a folder in plain words through the same path', async () => {
    const main = startMainProcess(path.join(temp.dir, 'b'), { importWorkerFile: workerFile });
    main.platform.openPath = '/dev/zero';
    expect(await main.invoke('history:import-preview')).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'zero is not an ordinary file (it is a device, a pipe or a socket), so it cannot be imported.',
        issues: [],
      },
    });
    main.platform.openPath = temp.dir;
    const folder = await main.invoke('history:import-preview');
    expect(folder.ok || folder.error.message).toMatch(/is a folder, not a file/);
  }, 30_000);

  it('refuses a file that has gone since it was chosen as not found, in plain words', async () => {
    const main = startMainProcess(path.join(temp.dir, 'c'), { importWorkerFile: workerFile });
    main.platform.openPath = path.join(temp.dir, 'moved.json');
    expect(await main.invoke('history:import-preview')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'moved.json could not be found; it may have been moved or deleted.', issues: [] },
    });
  }, 30_000);

  it('checks 20,000 sessions with progress up to 100 % and imports them', async () => {
    const main = startMainProcess(path.join(temp.dir, 'c'), { importWorkerFile: workerFile });
    const sessions: Session[] = Array.from({ length: 20_000 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `s${i}`,
        startedAt: `${day}T07:00:00.000Z`,
        localDate: day,
        routine: null,
        checkIn: null,
        updatedAt: `${day}T08:00:00.000Z`,
      };
    });
    const file = path.join(temp.dir, 'big.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory(sessions, '2026-11-26T08:00:00.000Z')));
    main.platform.openPath = file;
    const preview = await main.invoke('history:import-preview');
    expect(preview.ok && preview.value).toMatchObject({ fileName: 'big.json', toAdd: 20_000, alreadyThere: 0, firstDate: '2020-01-01' });
    const checking = main.platform.progress.filter((p) => p.phase === 'checking').map((p) => p.percent);
    expect(checking.length).toBeGreaterThan(5);
    expect(checking.at(-1)).toBe(100);
    expect(checking).toEqual([...checking].sort((a, b) => a - b));
  }, 60_000);
});
