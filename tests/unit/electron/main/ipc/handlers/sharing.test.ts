/** Sharing routines over the real store in temp data folders: export, import into a fresh folder, hostile files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoutineImportPreview } from '../../../../../../src/lib/ipc/contract';
import { movementLookup } from '../../../../../../src/lib/routines/movement-lookup';
import type { OwnMovement, Routine } from '../../../../../../src/lib/routines/types';
import { buildPlan } from '../../../../../../src/lib/timer/plan';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../../fixtures/pictures');
const temps: ReturnType<typeof makeTempDir>[] = [];
const tempDir = () => {
  const temp = makeTempDir();
  temps.push(temp);
  return temp.dir;
};
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const result = await promise;
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}

/** Every file in a folder and what it holds, to show that a refused import changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = fs.readFileSync(full).toString('base64');
  }
  return files;
}

let source: TestMainProcess;
let sourceDir: string;
let outDir: string;
let routine: Routine;
let bridge: OwnMovement;

beforeEach(async () => {
  sourceDir = tempDir();
  outDir = tempDir();
  source = startMainProcess(sourceDir);
  bridge = await value<OwnMovement>(
    source.invoke('movements:save', {
      name: 'Glute bridge',
      kind: 'dynamic',
      defaultDurationSec: 40,
      perSide: false,
      howTo: 'Lift, lower.',
    }),
  );
  source.platform.openPath = path.join(FIXTURES, 'tiny.png');
  bridge = await value<OwnMovement>(source.invoke('movements:attach-picture', { id: bridge.id }));
  const saved = await value<{ routine: Routine }>(
    source.invoke('routines:save', {
      name: 'Core before the run',
      phase: 'before',
      steps: [
        { movementId: 'hip-circles', durationSec: 30, sides: 'one', restAfterSec: 0 },
        { movementId: bridge.id, durationSec: 45, sides: 'each', restAfterSec: 10 },
        { movementId: 'leg-swing-side', durationSec: 20, sides: 'each', restAfterSec: 5 },
      ],
    }),
  );
  routine = saved.routine;
});

async function exportRoutine(ids: string[] | 'all' = [routine.id]): Promise<string> {
  source.platform.saveToDir = outDir;
  const result = await value<{ savedTo: string; routineCount: number }>(source.invoke('routines:export', { ids }));
  return result.savedTo;
}

function freshMain(): { main: TestMainProcess; dir: string } {
  const dir = tempDir();
  const main = startMainProcess(dir);
  return { main, dir };
}

describe('routines:export then import into a fresh data folder', () => {
  it('brings the same routine, its own movement and its picture, so it plays identically', async () => {
    const file = await exportRoutine();
    expect(path.basename(file)).toBe('core-before-the-run.backstride-routine.json');
    const { main, dir } = freshMain();
    main.platform.openPath = file;
    const preview = await value<RoutineImportPreview>(main.invoke('routines:import-preview'));
    expect(preview).toMatchObject({
      fileName: 'core-before-the-run.backstride-routine.json',
      summary: 'Adds 1 routine and 1 movement.',
      routineNames: ['Core before the run'],
      movementNames: ['Glute bridge'],
    });
    expect(await value(main.invoke('routines:import-confirm', { token: preview.token }))).toEqual({ routines: 1, movements: 1 });

    // A restart reads back what was written.
    const again = startMainProcess(dir);
    const imported = (await value<Routine[]>(again.invoke('routines:list'))).find((r) => r.name === 'Core before the run')!;
    const movements = await value<OwnMovement[]>(again.invoke('movements:list'));
    const settings = { getReadySec: 5, switchSidesSec: 5 };
    expect(buildPlan(imported, settings)).toEqual(buildPlan(routine, settings));
    const names = (r: Routine, lookup: ReturnType<typeof movementLookup>) => r.steps.map((s) => lookup.name(s.movementId));
    expect(names(imported, movementLookup(movements))).toEqual(['Hip circles', 'Glute bridge', expect.any(String)]);
    expect(names(imported, movementLookup(movements))).toEqual(names(routine, movementLookup([bridge])));
    const [movement] = movements;
    expect(movement).toMatchObject({
      name: 'Glute bridge',
      kind: 'dynamic',
      defaultDurationSec: 40,
      perSide: false,
      howTo: 'Lift, lower.',
    });
    expect(fs.readFileSync(path.join(dir, 'pictures', movement!.picture!.file))).toEqual(fs.readFileSync(path.join(FIXTURES, 'tiny.png')));
  });

  it('says what is already here, and a second import of the same file adds nothing', async () => {
    const file = await exportRoutine('all');
    source.platform.openPath = file;
    const preview = await value<RoutineImportPreview>(source.invoke('routines:import-preview'));
    expect(preview.summary).toMatch(/^Nothing to add: \d+ routines and 1 movement already here\.$/);
    const before = snapshot(sourceDir);
    expect(await value(source.invoke('routines:import-confirm', { token: preview.token }))).toEqual({ routines: 0, movements: 0 });
    expect(snapshot(sourceDir)).toEqual(before);
  });

  it('never writes over a changed routine of the same id: the import comes in as a copy', async () => {
    const file = await exportRoutine();
    const { id, phase, steps } = routine;
    await value(source.invoke('routines:save', { id, phase, name: 'Core, my way', steps: steps.slice(0, 1) }));
    source.platform.openPath = file;
    const preview = await value<RoutineImportPreview>(source.invoke('routines:import-preview'));
    expect(preview.routineNames).toEqual(['Core before the run (imported)']);
    await value(source.invoke('routines:import-confirm', { token: preview.token }));
    const list = await value<Routine[]>(source.invoke('routines:list'));
    expect(list.find((r) => r.id === routine.id)).toMatchObject({ name: 'Core, my way' });
    expect(list.find((r) => r.name === 'Core before the run (imported)')?.steps).toHaveLength(3);
  });

  it('writes nothing when the routines cannot be saved: the movement and its picture are taken back', async () => {
    const file = await exportRoutine();
    const { main, dir } = freshMain();
    main.platform.openPath = file;
    const preview = await value<RoutineImportPreview>(main.invoke('routines:import-preview'));
    const before = snapshot(dir);
    main.stores.routines.write = () => {
      throw new Error('disk gone');
    };
    const result = await main.invoke('routines:import-confirm', { token: preview.token });
    expect(result.ok).toBe(false);
    expect(main.stores.movements.read().movements).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'pictures')).length).toBe(0);
    const after = snapshot(dir);
    delete after['movements.json']; // written back as it was (empty), where no file was before
    expect(after).toEqual(before);
  });

  it('refuses to apply a preview once the library has changed under it, and writes nothing', async () => {
    const file = await exportRoutine();
    const { main, dir } = freshMain();
    main.platform.openPath = file;
    const preview = await value<RoutineImportPreview>(main.invoke('routines:import-preview'));
    // Made meanwhile, with the name the import would give its movement.
    await value(main.invoke('movements:save', { name: 'Glute bridge', kind: 'static', defaultDurationSec: 30, perSide: true }));
    const before = snapshot(dir);
    const result = await main.invoke('routines:import-confirm', { token: preview.token });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Your routines changed since this import was checked. Choose the file again.' },
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to export a routine that is not there, and asks no dialog', async () => {
    source.platform.saveToDir = outDir;
    const result = await source.invoke('routines:export', { ids: [routine.id, 'gone'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuses a token that is not waiting', async () => {
    const result = await source.invoke('routines:import-confirm', { token: 'nothing-here' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a malformed or hostile routine file changes nothing', () => {
  async function exported(): Promise<Record<string, unknown>> {
    return JSON.parse(fs.readFileSync(await exportRoutine(), 'utf8')) as Record<string, unknown>;
  }

  async function refusedText(text: string | Buffer): Promise<string> {
    const hostile = path.join(outDir, 'hostile.backstride-routine.json');
    fs.writeFileSync(hostile, text);
    const { main, dir } = freshMain();
    // A data folder that has been used: its files must stay byte for byte.
    await value(
      main.invoke('routines:save', { name: 'Mine', phase: 'after', steps: [{ movementId: 'hip-circles', durationSec: 30, sides: 'one' }] }),
    );
    const before = snapshot(dir);
    main.platform.openPath = hostile;
    const result = await main.invoke('routines:import-preview');
    expect(result.ok).toBe(false);
    expect(snapshot(dir)).toEqual(before);
    return result.ok ? '' : result.error.message;
  }
  const refused = (value: unknown) => refusedText(JSON.stringify(value));

  it('a wrong version', async () => {
    expect(await refused({ ...(await exported()), version: 7 })).toBe(
      'hostile.backstride-routine.json cannot be imported. The file is from a newer Backstride (routine file version 7). Update Backstride to import it.',
    );
  });

  it('a 50 MB picture, refused before the file is read whole', async () => {
    const file = await exported();
    const big = Buffer.alloc(50 * 1024 * 1024, 1).toString('base64');
    expect(await refusedText(JSON.stringify({ ...file, pictures: { [bridge.id]: { type: 'image/png', base64: big } } }))).toMatch(
      /is larger than 32 MB; a shared routine is never that big\.$/,
    );
    // Within the file's limit, a picture over a picture's own limit is refused too.
    const twoMb = Buffer.alloc(2 * 1024 * 1024, 1).toString('base64');
    expect(await refused({ ...file, pictures: { [bridge.id]: { type: 'image/png', base64: twoMb } } })).toMatch(/is larger than 1 MB\.$/);
  });

  it('an SVG with a script inside', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const file = await exported();
    const message = await refused({
      ...file,
      pictures: { [bridge.id]: { type: 'image/svg+xml', base64: Buffer.from(svg).toString('base64') } },
    });
    expect(message).toMatch(/^hostile\.backstride-routine\.json cannot be imported\. The picture of “Glute bridge”: /);
  });

  it('a picture whose bytes are not what it claims (HTML sent as a PNG)', async () => {
    const file = await exported();
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(await refused({ ...file, pictures: { [bridge.id]: { type: 'image/png', base64: html } } })).toMatch(
      /The picture of “Glute bridge”/,
    );
  });

  it('__proto__ keys', async () => {
    const text = JSON.stringify(await exported()).replace('"routines":', '"__proto__":{"polluted":1},"routines":');
    expect(await refusedText(text)).toMatch(/forbidden key \(such as __proto__\)/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a routine using a movement neither in the file nor the catalog', async () => {
    const file = await exported();
    expect(await refused({ ...file, movements: [], pictures: {} })).toMatch(
      /That movement is not in the catalog or among your own movements\.$/,
    );
  });

  it('not JSON at all, and a file of another kind', async () => {
    expect(await refusedText('MZ\u0090\u0000binary')).toMatch(/not JSON/);
    expect(await refused({ format: 'backstride-history', version: 1, sessions: [] })).toMatch(/not a Backstride routine file\.$/);
  });
});
