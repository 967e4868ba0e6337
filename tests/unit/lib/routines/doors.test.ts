import { describe, expect, it } from 'vitest';
import { doorLine, doorOfferAfterSave } from '../../../../src/lib/routines/doors';
import type { Routine } from '../../../../src/lib/routines/types';

const routine = (id: string, name: string, builtIn: boolean): Routine =>
  ({ id, name, phase: 'after', steps: [], builtIn }) as unknown as Routine;

describe('doorLine', () => {
  it('says the door title once: a routine named like the door shows only its time', () => {
    expect(doorLine('before', 'Before the run', 10)).toBe('about 10 min');
    expect(doorLine('after', 'after the run ', 9)).toBe('about 9 min');
    expect(doorLine('after', 'After the run (my copy)', 9)).toBe('After the run (my copy) · about 9 min');
  });
});

describe('doorOfferAfterSave', () => {
  const builtIn = routine('builtin-after', 'After the run', true);
  const copy = routine('r-1', 'After the run (my copy)', false);

  it('offers the door to a copy of the routine that door starts', () => {
    expect(doorOfferAfterSave('copied', builtIn, copy, 'builtin-after')).toEqual({
      phase: 'after',
      routineId: 'r-1',
      routineName: 'After the run (my copy)',
      replacedName: 'After the run',
    });
  });

  it('asks nothing for a copy of another routine, a plain update or a new routine', () => {
    expect(doorOfferAfterSave('copied', builtIn, copy, 'builtin-after-short')).toBeNull();
    expect(doorOfferAfterSave('updated', builtIn, builtIn, 'builtin-after')).toBeNull();
    expect(doorOfferAfterSave('created', undefined, copy, 'builtin-after')).toBeNull();
  });
});
