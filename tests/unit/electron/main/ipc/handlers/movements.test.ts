import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OwnMovement, Routine } from '../../../../../../src/lib/routines/types';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../../fixtures/pictures');

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;
beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir);
});
afterEach(() => temp.cleanup());

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const result = await promise;
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}
async function refusal(promise: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const result = await promise;
  expect(result.ok).toBe(false);
  return result.error!;
}

const form = {
  name: 'Doorway chest stretch',
  kind: 'static',
  defaultDurationSec: 40,
  perSide: true,
  howTo: 'Forearm on the door frame, step through.',
};
const routineWith = (movementId: string, name = 'Evening') => ({
  name,
  phase: 'after',
  steps: [{ movementId, durationSec: 30, sides: 'each', restAfterSec: 0 }],
});
const picturesDir = () => path.join(temp.dir, 'pictures');

describe('own movement handlers over the real store', () => {
  it('creates a movement that a routine can then use, and both survive a restart', async () => {
    expect(await value(main.invoke('movements:list'))).toEqual([]);
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    expect(movement.id).toMatch(/^own-/);
    const { routine } = await value<{ routine: Routine }>(main.invoke('routines:save', routineWith(movement.id)));
    const again = startMainProcess(temp.dir);
    expect(await value(again.invoke('movements:list'))).toEqual([movement]);
    const routines = await value<Routine[]>(again.invoke('routines:list'));
    expect(routines.find((r) => r.id === routine.id)?.steps[0]?.movementId).toBe(movement.id);
  });

  it('refuses an empty name with a clear message and keeps nothing', async () => {
    const error = await refusal(main.invoke('movements:save', { ...form, name: '  ' }));
    expect(error).toMatchObject({ code: 'invalid-argument', message: 'Name: Give the movement a name.' });
    expect(await value(main.invoke('movements:list'))).toEqual([]);
    expect(fs.existsSync(path.join(temp.dir, 'movements.json'))).toBe(false);
  });

  it('refuses a routine step with an own movement id that does not exist', async () => {
    const error = await refusal(main.invoke('routines:save', routineWith('own-never-made')));
    expect(error.message).toContain('That movement is not in the catalog or among your own movements.');
    expect((await refusal(main.invoke('routines:save', routineWith('made-up')))).code).toBe('invalid-argument');
  });

  it('edits in place and duplicates with a new id', async () => {
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    const edited = await value<OwnMovement>(main.invoke('movements:save', { ...form, id: movement.id, name: 'Chest opener' }));
    expect(edited).toMatchObject({ id: movement.id, name: 'Chest opener' });
    const copy = await value<OwnMovement>(main.invoke('movements:duplicate', { id: movement.id }));
    expect(copy).toMatchObject({ name: 'Chest opener (copy)', perSide: true });
    expect((await value<OwnMovement[]>(main.invoke('movements:list'))).map((m) => m.name)).toEqual(['Chest opener', 'Chest opener (copy)']);
  });

  it('refuses to delete a movement in use, naming the routines, and deletes it once unused', async () => {
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    const { routine } = await value<{ routine: Routine }>(main.invoke('routines:save', routineWith(movement.id, 'Evening')));
    const error = await refusal(main.invoke('movements:delete', { id: movement.id }));
    expect(error.message).toBe(
      '“Doorway chest stretch” is used by this routine: “Evening”. Take it out of that routine first, then delete it.',
    );
    expect(await value<OwnMovement[]>(main.invoke('movements:list'))).toHaveLength(1);
    await value(main.invoke('routines:delete', { id: routine.id }));
    expect(await value(main.invoke('movements:delete', { id: movement.id }))).toEqual({ removed: movement });
    expect(await value(main.invoke('movements:list'))).toEqual([]);
  });

  it('validates every argument', async () => {
    for (const [channel, arg] of [
      ['movements:delete', { id: 'hip-circles' }],
      ['movements:duplicate', { id: 'own-x', extra: 1 }],
      ['movements:attach-picture', {}],
      ['movements:remove-picture', { id: '../../etc' }],
      ['movements:save', { ...form, picture: { file: 'x.png' } }],
      ['movements:list', { any: 1 }],
    ] as const) {
      expect((await refusal(main.invoke(channel, arg))).code, channel).toBe('invalid-argument');
    }
  });
});

describe('movement pictures', () => {
  async function withPicture(fixture: string) {
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    main.platform.openPath = path.join(FIXTURES, fixture);
    return { movement, result: await main.invoke('movements:attach-picture', { id: movement.id }) };
  }

  it('copies a checked picture into pictures/ under a name main gives it', async () => {
    const { result } = await withPicture('tiny.png');
    const updated = (result as { value: OwnMovement }).value;
    expect(updated.picture).toMatchObject({ type: 'image/png', width: 6, height: 4, bytes: 84 });
    expect(updated.picture!.file).toMatch(/^[A-Za-z0-9_-]+\.png$/);
    expect(fs.readFileSync(path.join(picturesDir(), updated.picture!.file))).toEqual(fs.readFileSync(path.join(FIXTURES, 'tiny.png')));
  });

  it('refuses a file that is not an image and copies nothing', async () => {
    const fake = path.join(temp.dir, 'holiday.png');
    fs.writeFileSync(fake, 'just text, not a picture');
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    main.platform.openPath = fake;
    const error = await refusal(main.invoke('movements:attach-picture', { id: movement.id }));
    expect(error).toMatchObject({ code: 'invalid-argument', message: 'This file is not a PNG, JPEG, WebP or SVG picture.' });
    expect(fs.existsSync(picturesDir()) ? fs.readdirSync(picturesDir()) : []).toEqual([]);
    expect((await value<OwnMovement[]>(main.invoke('movements:list')))[0]!.picture).toBeUndefined();
  });

  it('refuses a file over 1 MB', async () => {
    const big = path.join(temp.dir, 'big.png');
    fs.writeFileSync(big, Buffer.alloc(1024 * 1024 + 1));
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    main.platform.openPath = big;
    expect((await refusal(main.invoke('movements:attach-picture', { id: movement.id }))).message).toMatch(/larger than 1 MB/);
  });

  it('answers null when the dialog is cancelled', async () => {
    const movement = await value<OwnMovement>(main.invoke('movements:save', form));
    main.platform.openPath = null;
    expect(await value(main.invoke('movements:attach-picture', { id: movement.id }))).toBeNull();
  });

  it('removes a picture file once no movement names it (a duplicate shares it)', async () => {
    const { movement, result } = await withPicture('figure.svg');
    const file = (result as { value: OwnMovement }).value.picture!.file;
    const copy = await value<OwnMovement>(main.invoke('movements:duplicate', { id: movement.id }));
    expect(copy.picture?.file).toBe(file);
    await value(main.invoke('movements:remove-picture', { id: movement.id }));
    expect(fs.existsSync(path.join(picturesDir(), file))).toBe(true);
    await value(main.invoke('movements:delete', { id: copy.id }));
    expect(fs.existsSync(path.join(picturesDir(), file))).toBe(false);
  });
});
