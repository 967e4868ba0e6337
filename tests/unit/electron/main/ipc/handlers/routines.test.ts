import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_ROUTINES } from '../../../../../../src/lib/routines/builtins';
import { routineTotalSec } from '../../../../../../src/lib/routines/totals';
import type { Routine } from '../../../../../../src/lib/routines/types';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;
beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir);
});
afterEach(() => temp.cleanup());

const routinesFile = () => path.join(temp.dir, 'routines.json');
async function value<T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const result = await promise;
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}

const mine = {
  name: 'Hip opener',
  phase: 'after',
  steps: [
    { movementId: 'hamstring-stretch', durationSec: 30, sides: 'each', restAfterSec: 10 },
    { movementId: 'childs-pose', durationSec: 45, sides: 'one', restAfterSec: 0 },
  ],
};

describe('routine handlers over the real routines store', () => {
  it('starts with the built-ins and keeps a new routine with its total across a restart', async () => {
    expect(await value<Routine[]>(main.invoke('routines:list'))).toEqual(BUILTIN_ROUTINES);
    const { routine } = await value<{ routine: Routine }>(main.invoke('routines:save', mine));
    // 30 s left + 5 s switch + 30 s right, 10 s rest, then 45 s.
    expect(routineTotalSec(routine, { switchSidesSec: 5 })).toBe(120);
    const again = await value<Routine[]>(startMainProcess(temp.dir).invoke('routines:list'));
    expect(again.find((r) => r.id === routine.id)).toEqual(routine);
  });

  it('saving over a built-in makes a copy and leaves the built-in as it shipped', async () => {
    const builtIn = BUILTIN_ROUTINES[0]!;
    const edited = { id: builtIn.id, name: builtIn.name, phase: builtIn.phase, steps: builtIn.steps.slice(1) };
    const saved = await value<{ routine: Routine; outcome: string }>(main.invoke('routines:save', edited));
    expect(saved.outcome).toBe('copied');
    expect(saved.routine.id).not.toBe(builtIn.id);
    expect(saved.routine.builtIn).toBe(false);
    const list = await value<Routine[]>(main.invoke('routines:list'));
    expect(list.find((r) => r.id === builtIn.id)).toEqual(builtIn);
  });

  it('refuses out-of-bounds routines with clear messages and leaves the file byte-identical', async () => {
    await value(main.invoke('routines:save', mine));
    const before = fs.readFileSync(routinesFile());
    const bad = [
      { ...mine, name: '   ' },
      { ...mine, name: 'x'.repeat(81) },
      { ...mine, steps: [] },
      { ...mine, steps: Array.from({ length: 61 }, () => mine.steps[1]) },
      { ...mine, steps: [{ ...mine.steps[1], durationSec: 4 }] },
      { ...mine, steps: [{ ...mine.steps[1], durationSec: 15 * 60 + 1 }] },
      { ...mine, steps: [{ ...mine.steps[1], movementId: 'moonwalk' }] },
    ];
    const messages: string[] = [];
    for (const routine of bad) {
      const result = await main.invoke('routines:save', routine);
      expect(result.ok).toBe(false);
      if (!result.ok) messages.push(result.error.message);
    }
    expect(messages[0]).toMatch(/name/i);
    expect(messages[4]).toMatch(/at least 5 seconds/);
    expect(messages[5]).toMatch(/15 minutes/);
    // Each refused value is named by its path for the editor to place; the message names the field in words.
    const tooShort = await main.invoke('routines:save', bad[4]);
    expect(!tooShort.ok && tooShort.error.issues).toEqual([
      { path: 'steps.0.durationSec', message: expect.stringMatching(/at least 5 seconds/) },
    ]);
    expect(!tooShort.ok && tooShort.error.message).toMatch(/^Duration: /);
    expect(fs.readFileSync(routinesFile()).equals(before)).toBe(true);
    // Exactly at the bounds is fine.
    await value(
      main.invoke('routines:save', {
        ...mine,
        name: 'x'.repeat(80),
        steps: [
          { ...mine.steps[1], durationSec: 5 },
          { ...mine.steps[1], durationSec: 900 },
        ],
      }),
    );
  });

  it('deletes with undo, never deletes a built-in, and restores missing built-ins', async () => {
    const { routine } = await value<{ routine: Routine }>(main.invoke('routines:save', mine));
    await value(main.invoke('routines:delete', { id: routine.id }));
    expect((await value<Routine[]>(main.invoke('routines:list'))).some((r) => r.id === routine.id)).toBe(false);
    await value(main.invoke('routines:undo-delete', { id: routine.id }));
    expect((await value<Routine[]>(main.invoke('routines:list'))).some((r) => r.id === routine.id)).toBe(true);
    expect(await main.invoke('routines:delete', { id: 'builtin-before' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });

    // A built-in lost from the file (say, by hand-editing) comes back with "restore built-ins".
    const doc = JSON.parse(fs.readFileSync(routinesFile(), 'utf8'));
    doc.routines = doc.routines.filter((r: Routine) => r.id !== 'builtin-after');
    fs.writeFileSync(routinesFile(), JSON.stringify(doc));
    const reopened = startMainProcess(temp.dir);
    expect((await value<Routine[]>(reopened.invoke('routines:list'))).some((r) => r.id === 'builtin-after')).toBe(false);
    const restored = await value<Routine[]>(reopened.invoke('routines:restore-built-ins'));
    expect(restored.find((r) => r.id === 'builtin-after')).toEqual(BUILTIN_ROUTINES[1]);
    expect(restored.some((r) => r.id === routine.id)).toBe(true);
  });
});
