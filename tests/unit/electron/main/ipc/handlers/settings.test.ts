import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const mine = {
  name: 'Long cool-down',
  phase: 'after',
  steps: [{ movementId: 'childs-pose', durationSec: 60, sides: 'one', restAfterSec: 0 }],
};

describe('settings handlers: the Home doors', () => {
  it('point a door at a routine of the library, kept after a restart', async () => {
    const saved = await main.invoke('routines:save', mine);
    const id = saved.ok ? (saved.value as { routine: Routine }).routine.id : '';
    const result = await main.invoke('settings:update', { doorRoutineIds: { before: 'builtin-before', after: id } });
    expect(result.ok).toBe(true);
    const again = await startMainProcess(temp.dir).invoke('settings:get');
    expect(again.ok && (again.value as { doorRoutineIds: unknown }).doorRoutineIds).toEqual({ before: 'builtin-before', after: id });
  });

  it('refuse a routine the library does not hold, in plain words, and keep the door as it was', async () => {
    const result = await main.invoke('settings:update', { doorRoutineIds: { before: 'builtin-before', after: 'gone-routine' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/“After the run” button can only start a routine in your library/);
    const settings = await main.invoke('settings:get');
    expect(settings.ok && (settings.value as { doorRoutineIds: unknown }).doorRoutineIds).toEqual({
      before: 'builtin-before',
      after: 'builtin-after',
    });
  });
});
