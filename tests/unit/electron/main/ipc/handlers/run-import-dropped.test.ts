/** sessions:import-dropped-runs: every path the window sends is checked in main, and refused one by one when it fails. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DROPPED_FILES } from '../../../../../../src/lib/ipc/contract';
import type { Session } from '../../../../../../src/lib/history/types';
import type { RunFileOutcome } from '../../../../../../src/lib/run-import/plan';
import { buildImportWorker } from '../../../../../support/import-worker';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

const RUNS = path.resolve(import.meta.dirname, '../../../../../fixtures/runs');
const GARMIN = path.join(RUNS, 'garmin-connect-run.gpx');
const TCX = path.join(RUNS, 'forerunner305-run.tcx');

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;
let workerFile: string;

beforeAll(async () => {
  workerFile = await buildImportWorker();
});
beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir, { now: () => new Date('2026-11-26T18:00:00Z'), importWorkerFile: workerFile });
});
afterEach(() => temp.cleanup());

const dropped = (p: string, name = path.basename(p)) => ({ name, path: p });

async function drop(files: { name: string; path: string }[]): Promise<RunFileOutcome[]> {
  const result = await main.invoke('sessions:import-dropped-runs', { files });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { value: { files: RunFileOutcome[] } }).value.files;
}

async function sessions(): Promise<Session[]> {
  return ((await main.invoke('sessions:list')) as { value: Session[] }).value;
}

describe('dropped run files', () => {
  it('imports the good ones as the dialog does, and refuses each other one by name and reason, in the order dropped', async () => {
    const notes = path.join(temp.dir, 'notes.txt');
    fs.writeFileSync(notes, 'not a run');
    const folder = path.join(temp.dir, 'folder.gpx');
    fs.mkdirSync(folder);
    const huge = path.join(temp.dir, 'huge.fit');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 51 * 1024 * 1024);
    const files = await drop([
      dropped(GARMIN),
      dropped(notes),
      { name: 'photo.gpx', path: '' },
      dropped('runs/relative.gpx'),
      dropped(path.join(temp.dir, 'gone.tcx')),
      dropped(folder),
      dropped(huge),
      dropped(`${temp.dir}/../${path.basename(temp.dir)}/notes.gpx`),
      dropped(TCX),
    ]);
    expect(files.map((f) => [f.fileName, f.status, 'reason' in f ? f.reason : ''])).toEqual([
      ['garmin-connect-run.gpx', 'added', ''],
      ['notes.txt', 'refused', 'it is not a GPX, TCX or FIT run file'],
      ['photo.gpx', 'refused', 'it is not a file saved on this computer'],
      ['relative.gpx', 'refused', 'its place on the disk is not a full path'],
      ['gone.tcx', 'refused', 'the file is no longer there'],
      ['folder.gpx', 'refused', 'it is not a file'],
      ['huge.fit', 'refused', 'it is 51 MB, larger than the 50 MB a run file can be'],
      ['notes.gpx', 'refused', 'its place on the disk is not a full path'],
      ['forerunner305-run.tcx', 'added', ''],
    ]);
    expect((await sessions()).map((s) => s.checkIn?.note)).toEqual([
      'Imported from forerunner305-run.tcx',
      'Imported from garmin-connect-run.gpx',
    ]);
  });

  it('takes the extension in any case, and knows a run already there', async () => {
    const upper = path.join(temp.dir, 'MORNING.GPX');
    fs.copyFileSync(GARMIN, upper);
    expect(await drop([dropped(upper)])).toMatchObject([{ fileName: 'MORNING.GPX', status: 'added' }]);
    expect(await drop([dropped(GARMIN)])).toMatchObject([{ status: 'duplicate' }]);
  });

  it('saves nothing and reads nothing when every file is refused', async () => {
    expect(await drop([dropped('/etc/passwd')])).toMatchObject([
      { fileName: 'passwd', status: 'refused', reason: 'it is not a GPX, TCX or FIT run file' },
    ]);
    expect(await sessions()).toEqual([]);
  });

  it('refuses an argument that is not a list of 1 to 200 names and paths', async () => {
    for (const arg of [
      undefined,
      { files: [] },
      { files: [{ name: 'a.gpx' }] },
      { files: [{ name: 'a.gpx', path: GARMIN, size: 1 }] },
      { files: [{ name: 'a.gpx', path: 42 }] },
      { files: Array.from({ length: MAX_DROPPED_FILES + 1 }, () => dropped(GARMIN)) },
      { paths: [GARMIN] },
    ]) {
      expect(await main.invoke('sessions:import-dropped-runs', arg), String(JSON.stringify(arg)).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(await sessions()).toEqual([]);
  });
});
