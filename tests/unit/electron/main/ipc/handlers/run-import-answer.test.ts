/** sessions:answer-run-import: a run whose day has two open check-ins waits for the runner, and the answer is saved whole or not at all. */
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../../../src/lib/history/dates';
import type { Session } from '../../../../../../src/lib/history/types';
import type { RunImportResult } from '../../../../../../src/lib/ipc/contract';
import { checkIn, session } from '../../../../../support/history';
import { faultyFs, type FaultyFs } from '../../../../../support/faulty-fs';
import { buildImportWorker } from '../../../../../support/import-worker';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

const GARMIN = path.resolve(import.meta.dirname, '../../../../../fixtures/runs/garmin-connect-run.gpx');
const GARMIN_DAY = localDateOf(new Date('2015-01-20T13:26:30Z'));

let temp: ReturnType<typeof makeTempDir>;
let faulty: FaultyFs;
let main: TestMainProcess;
let workerFile: string;
const open = (hour: string, painNow: number) =>
  session(GARMIN_DAY, {
    startedAt: `${GARMIN_DAY}T${hour}:00:00.000Z`,
    checkIn: checkIn({ painNow, distanceKm: null, durationSec: null }),
  });
let morning: Session;
let evening: Session;

beforeAll(async () => {
  workerFile = await buildImportWorker();
});
beforeEach(async () => {
  temp = makeTempDir();
  faulty = faultyFs();
  main = startMainProcess(temp.dir, { now: () => new Date('2026-11-26T18:00:00Z'), writeFs: faulty, importWorkerFile: workerFile });
  morning = open('06', 2);
  evening = open('19', 4);
  for (const s of [morning, evening]) expect((await main.invoke('sessions:restore', s)).ok).toBe(true);
});
afterEach(() => temp.cleanup());

async function sessions(process = main): Promise<Session[]> {
  return ((await process.invoke('sessions:list')) as { value: Session[] }).value;
}

async function importGarmin(): Promise<RunImportResult> {
  const result = await main.invoke('sessions:import-dropped-runs', { files: [{ name: 'run.gpx', path: GARMIN }] });
  return (result as { value: RunImportResult }).value;
}

describe('answering an import’s question', () => {
  it('asks rather than guessing, saving nothing until the runner answers; the answer fills the check-in chosen', async () => {
    const result = await importGarmin();
    expect(result.files).toMatchObject([
      { fileName: 'garmin-connect-run.gpx', status: 'ask', choices: [{ sessionId: morning.id }, { sessionId: evening.id }] },
    ]);
    expect(result.askToken).toEqual(expect.any(String));
    expect(await sessions()).toEqual([morning, evening]);

    const answer = await main.invoke('sessions:answer-run-import', { token: result.askToken, choices: [evening.id] });
    expect(answer).toMatchObject({ ok: true, value: { files: [{ fileName: 'garmin-connect-run.gpx', status: 'filled' }] } });
    const after = await sessions();
    expect(after.map((s) => [s.id, s.checkIn?.distanceKm ?? null])).toEqual([
      [morning.id, null],
      [evening.id, 5.083],
    ]);
    // Answered once: the same answer again is refused, and nothing changes.
    expect(await main.invoke('sessions:answer-run-import', { token: result.askToken, choices: [morning.id] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await sessions()).toEqual(after);
  });

  it('adds it as its own run when the runner says so', async () => {
    const { askToken } = await importGarmin();
    expect(await main.invoke('sessions:answer-run-import', { token: askToken, choices: [null] })).toMatchObject({
      ok: true,
      value: { files: [{ status: 'added' }] },
    });
    expect(await sessions()).toHaveLength(3);
  });

  it('refuses a check-in it did not offer, a wrong token or a malformed answer, saving nothing', async () => {
    const { askToken } = await importGarmin();
    const other = session('2026-11-20', { checkIn: checkIn({ distanceKm: null, durationSec: null }) });
    await main.invoke('sessions:restore', other);
    const before = await sessions();
    for (const [arg, code] of [
      [{ token: askToken, choices: [other.id] }, 'invalid-argument'],
      [{ token: askToken, choices: [morning.id, null] }, 'invalid-argument'],
      [{ token: 'not-the-token', choices: [morning.id] }, 'not-found'],
      [{ token: askToken, choices: [] }, 'invalid-argument'],
      [{ token: askToken, choices: [42] }, 'invalid-argument'],
      [{ token: askToken }, 'invalid-argument'],
    ] as const) {
      expect(await main.invoke('sessions:answer-run-import', arg), JSON.stringify(arg)).toMatchObject({ ok: false, error: { code } });
    }
    expect(await sessions()).toEqual(before);
  });

  it('a failed write saves nothing and the same answer can be given again', async () => {
    const { askToken } = await importGarmin();
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    expect(await main.invoke('sessions:answer-run-import', { token: askToken, choices: [morning.id] })).toMatchObject({
      ok: false,
      error: { code: 'disk-full' },
    });
    faulty.fault = null;
    expect(await sessions(startMainProcess(temp.dir))).toEqual([morning, evening]);
    expect(await main.invoke('sessions:answer-run-import', { token: askToken, choices: [morning.id] })).toMatchObject({ ok: true });
  });
});
