/** sessions:import-runs over the real history store on a temp folder, with real run files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../../../src/lib/history/dates';
import type { CheckIn, Session } from '../../../../../../src/lib/history/types';
import type { RunFileOutcome } from '../../../../../../src/lib/run-import/plan';
import { faultyFs, type FaultyFs } from '../../../../../support/faulty-fs';
import { encodeFitRun } from '../../../../../support/fit-run';
import { buildImportWorker } from '../../../../../support/import-worker';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

const RUNS = path.resolve(import.meta.dirname, '../../../../../fixtures/runs');
const GARMIN = path.join(RUNS, 'garmin-connect-run.gpx');
const TCX = path.join(RUNS, 'forerunner305-run.tcx');
const GARMIN_DAY = localDateOf(new Date('2015-01-20T13:26:30Z'));
const TCX_YEAR = localDateOf(new Date('2007-08-07T02:42:41Z')).slice(0, 4);

let temp: ReturnType<typeof makeTempDir>;
let faulty: FaultyFs;
let main: TestMainProcess;
let broken: string;
let workerFile: string;

// The files are read in the import worker, as in the app: built once from its sources.
beforeAll(async () => {
  workerFile = await buildImportWorker();
});

beforeEach(() => {
  temp = makeTempDir();
  faulty = faultyFs();
  main = startMainProcess(temp.dir, { now: () => new Date('2026-11-26T18:00:00Z'), writeFs: faulty, importWorkerFile: workerFile });
  // A download that stopped half-way.
  broken = path.join(temp.dir, 'Evening_Run.gpx');
  const whole = fs.readFileSync(GARMIN, 'utf8');
  fs.writeFileSync(broken, whole.slice(0, whole.length / 2));
});
afterEach(() => temp.cleanup());

async function importRuns(paths: string[] | null): Promise<RunFileOutcome[] | null> {
  main.platform.openPaths = paths;
  const result = await main.invoke('sessions:import-runs');
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const value = (result as { value: { files: RunFileOutcome[] } | null }).value;
  return value === null ? null : value.files;
}

async function sessions(process = main): Promise<Session[]> {
  const result = await process.invoke('sessions:list');
  return (result as { value: Session[] }).value;
}

const checkIn: CheckIn = {
  painNow: 2,
  painBefore: null,
  locations: [],
  kinds: [],
  redFlags: [],
  dayType: 'run',
  crossTrainingKind: '',
  distanceKm: null,
  durationSec: null,
  note: '',
  treatments: [],
  painkillerNote: '',
  spotPain: {},
  avgHeartRate: null,
  climbM: null,
};

describe('importing runs', () => {
  it('imports two good files and refuses the broken one, by name and reason; the runs survive a restart', async () => {
    const files = await importRuns([GARMIN, broken, TCX]);
    expect(files?.map((f) => [f.fileName, f.status])).toEqual([
      ['garmin-connect-run.gpx', 'added'],
      ['Evening_Run.gpx', 'refused'],
      ['forerunner305-run.tcx', 'added'],
    ]);
    expect(files?.[1]).toMatchObject({ reason: 'the file looks cut short or damaged: it ends before its XML is closed' });
    const saved = await sessions(startMainProcess(temp.dir));
    expect(saved.map((s) => [s.startedAt, s.localDate, s.checkIn?.dayType, s.checkIn?.distanceKm, s.checkIn?.durationSec])).toEqual([
      ['2007-08-07T02:42:41.000Z', localDateOf(new Date('2007-08-07T02:42:41Z')), 'run', 8.349, 2325],
      ['2015-01-20T13:26:30.000Z', GARMIN_DAY, 'run', 5.083, 2071],
    ]);
    expect(saved[1]!.checkIn?.note).toBe('Imported from garmin-connect-run.gpx');
  });

  it('writes every accepted run in one history write: each year file it touches once', async () => {
    const before = faulty.renames.length;
    await importRuns([GARMIN, TCX, broken]);
    // The two runs are from different years, and the history keeps one file a year.
    const renamed = faulty.renames.slice(before).map(([, to]) => path.basename(to));
    expect(renamed.sort()).toEqual([...new Set(renamed)].sort());
    expect(renamed.every((name) => /^history-\d{4}\.json$/.test(name))).toBe(true);
    expect(renamed).toHaveLength(new Set([GARMIN_DAY.slice(0, 4), TCX_YEAR]).size);
  });

  it('recognises a run already imported (same start time) and skips it with a reason', async () => {
    await importRuns([GARMIN]);
    const files = await importRuns([GARMIN, GARMIN]);
    expect(files).toMatchObject([
      { status: 'duplicate', reason: 'already in your history (a run with the same start time)' },
      { status: 'duplicate' },
    ]);
    expect(await sessions()).toHaveLength(1);
  });

  it('fills in the distance and time of that day’s one check-in instead of adding a second session', async () => {
    const saved = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    const id = (saved as { value: Session }).value.id;
    // The check-in was given "today" (2026-11-26); move it to the run's day as a past entry would be.
    const doc = main.stores.history.read();
    main.stores.history.write({
      ...doc,
      sessions: doc.sessions.map((s) => (s.id === id ? { ...s, startedAt: '2015-01-20T20:00:00.000Z', localDate: GARMIN_DAY } : s)),
    });
    expect(await importRuns([GARMIN])).toMatchObject([{ status: 'filled' }]);
    const list = await sessions();
    expect(list).toHaveLength(1);
    expect(list[0]!.checkIn).toMatchObject({ painNow: 2, distanceKm: 5.083, durationSec: 2071 });
    // Imported again: the check-in already has this run.
    expect(await importRuns([GARMIN])).toMatchObject([
      { status: 'duplicate', reason: 'already in that day’s check-in (same distance and time)' },
    ]);
  });

  it('refuses a file over 50 MB without reading it, and still imports the others', async () => {
    const huge = path.join(temp.dir, 'huge.fit');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 51 * 1024 * 1024);
    const fit = path.join(temp.dir, 'watch.fit');
    fs.writeFileSync(fit, encodeFitRun());
    const files = await importRuns([huge, fit]);
    expect(files).toMatchObject([
      { fileName: 'huge.fit', status: 'refused', reason: 'it is 51 MB, larger than the 50 MB a run file can be' },
      { fileName: 'watch.fit', status: 'added' },
    ]);
  });

  it('cancelling the dialog changes nothing', async () => {
    expect(await importRuns(null)).toBeNull();
    expect(await sessions()).toEqual([]);
  });

  it('a failed write saves none of the runs and says so', async () => {
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    main.platform.openPaths = [GARMIN, TCX];
    const result = await main.invoke('sessions:import-runs');
    expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    faulty.fault = null;
    expect(await sessions(startMainProcess(temp.dir))).toEqual([]);
  });

  it('takes no argument', async () => {
    expect(await main.invoke('sessions:import-runs', { paths: ['/etc/passwd'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('progress', () => {
  it('tells the window how far it has got when more than a few files are chosen, and not for a few', async () => {
    await importRuns([GARMIN, TCX]);
    expect(main.platform.progress).toEqual([]);
    const copies = [1, 2, 3, 4, 5].map((n) => {
      const copy = path.join(temp.dir, `copy-${n}.tcx`);
      fs.copyFileSync(TCX, copy);
      return copy;
    });
    await importRuns(copies);
    expect(main.platform.progress.map((p) => p.percent)).toEqual([20, 40, 60, 80, 100]);
  });
});

describe('a big file', () => {
  it('is parsed off the main thread: main keeps answering while it is read', async () => {
    // About 11 MB of GPX: several seconds of parsing on this machine.
    const points: string[] = [];
    const start = Date.parse('2026-01-01T08:00:00Z');
    for (let i = 0; i < 50_000; i++) {
      points.push(
        `<trkpt lat="${(51.5 + i * 0.00002).toFixed(7)}" lon="-0.1200000"><ele>20.0</ele><time>${new Date(start + i * 1000).toISOString()}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n`,
      );
    }
    const big = path.join(temp.dir, 'long-run.gpx');
    fs.writeFileSync(big, `<?xml version="1.0"?><gpx xmlns:gpxtpx="x"><trk><trkseg>\n${points.join('')}</trkseg></trk></gpx>`);
    let longestGapMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
    }, 10);
    const files = await importRuns([big]);
    // The gap up to now counts too: a blocked main thread ran no tick until the import ended.
    longestGapMs = Math.max(longestGapMs, performance.now() - last);
    clearInterval(ticker);
    expect(files).toMatchObject([{ status: 'added' }]);
    expect(longestGapMs).toBeLessThan(500);
  });
});
