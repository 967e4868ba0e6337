import { describe, expect, it } from 'vitest';
import { routineInputSchema, validateRoutineInput, type ValidationError } from '../../../../src/lib/routines/validation';

const step = (over: Record<string, unknown> = {}) => ({
  id: 's1',
  movementId: 'cat-cow',
  durationSec: 30,
  sides: 'one',
  restAfterSec: 0,
  ...over,
});
const input = (over: Record<string, unknown> = {}) => ({ name: 'Morning', phase: 'before', steps: [step()], ...over });
const steps = (n: number) => Array.from({ length: n }, (_, i) => step({ id: `s${i}` }));

function errorsOf(value: unknown): ValidationError[] {
  const result = validateRoutineInput(value);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}
const accepted = (value: unknown) => validateRoutineInput(value).ok;

describe('routine input validation', () => {
  it('accepts a valid routine and returns a cleaned copy', () => {
    const result = validateRoutineInput(input({ name: '  Morning  ', steps: [{ movementId: 'cat-cow', durationSec: 30, sides: 'one' }] }));
    expect(result).toEqual({
      ok: true,
      value: { name: 'Morning', phase: 'before', steps: [{ movementId: 'cat-cow', durationSec: 30, sides: 'one', restAfterSec: 0 }] },
    });
  });

  it('needs a name of 1–80 characters after trimming', () => {
    expect(errorsOf(input({ name: '   ' }))).toEqual([{ path: 'name', message: 'Give the routine a name.' }]);
    expect(errorsOf(input({ name: undefined }))).toEqual([{ path: 'name', message: 'Give the routine a name.' }]);
    expect(accepted(input({ name: 'x'.repeat(79) }))).toBe(true);
    expect(accepted(input({ name: 'x'.repeat(80) }))).toBe(true);
    expect(accepted(input({ name: `  ${'x'.repeat(80)}  ` }))).toBe(true);
    expect(errorsOf(input({ name: 'x'.repeat(81) }))).toEqual([{ path: 'name', message: 'Keep the name to 80 characters or fewer.' }]);
    // Characters, not UTF-16 units: 80 emoji are fine.
    expect(accepted(input({ name: '🏃'.repeat(80) }))).toBe(true);
    expect(errorsOf(input({ name: 'two\nlines' }))[0]?.path).toBe('name');
  });

  it('needs 1–60 steps', () => {
    expect(errorsOf(input({ steps: [] }))).toEqual([{ path: 'steps', message: 'Add at least one step.' }]);
    expect(accepted(input({ steps: steps(1) }))).toBe(true);
    expect(accepted(input({ steps: steps(60) }))).toBe(true);
    expect(errorsOf(input({ steps: steps(61) }))).toEqual([{ path: 'steps', message: 'A routine can have at most 60 steps.' }]);
    expect(errorsOf(input({ steps: 'cat-cow' }))).toEqual([{ path: 'steps', message: 'Add at least one step.' }]);
  });

  it('needs a step to last 5 s to 15 min, in whole seconds', () => {
    expect(errorsOf(input({ steps: [step({ durationSec: 4 })] }))).toEqual([
      { path: 'steps.0.durationSec', message: 'A step must last at least 5 seconds.' },
    ]);
    expect(accepted(input({ steps: [step({ durationSec: 5 })] }))).toBe(true);
    expect(accepted(input({ steps: [step({ durationSec: 900 })] }))).toBe(true);
    expect(errorsOf(input({ steps: [step({ durationSec: 901 })] }))).toEqual([
      { path: 'steps.0.durationSec', message: 'A step can last at most 15 minutes.' },
    ]);
    expect(errorsOf(input({ steps: [step({ durationSec: 30.5 })] }))[0]?.message).toBe('Use whole seconds for how long a step lasts.');
    for (const bad of ['30', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(errorsOf(input({ steps: [step({ durationSec: bad })] }))).toEqual([
        { path: 'steps.0.durationSec', message: 'Set how long the step lasts, in seconds.' },
      ]);
    }
  });

  it('allows 0 to 15 min of rest after a step', () => {
    expect(accepted(input({ steps: [step({ restAfterSec: 0 })] }))).toBe(true);
    expect(errorsOf(input({ steps: [step({ restAfterSec: -1 })] }))).toEqual([
      { path: 'steps.0.restAfterSec', message: 'Rest cannot be negative.' },
    ]);
    expect(accepted(input({ steps: [step({ restAfterSec: 900 })] }))).toBe(true);
    expect(errorsOf(input({ steps: [step({ restAfterSec: 901 })] }))).toEqual([
      { path: 'steps.0.restAfterSec', message: 'Rest after a step can be at most 15 minutes.' },
    ]);
  });

  it('checks movement, sides and phase', () => {
    expect(errorsOf(input({ steps: [step(), step({ id: 's2', movementId: 'moonwalk' })] }))).toEqual([
      { path: 'steps.1.movementId', message: 'That movement is not in the catalog or among your own movements.' },
    ]);
    expect(errorsOf(input({ steps: [step({ movementId: '__proto__' })] }))[0]?.path).toBe('steps.0.movementId');
    expect(errorsOf(input({ steps: [step({ sides: 'both' })] }))).toEqual([
      { path: 'steps.0.sides', message: 'Choose whether the step is done once or on each side.' },
    ]);
    expect(errorsOf(input({ phase: 'during' }))).toEqual([
      { path: 'phase', message: 'Choose whether the routine is for before or after the run.' },
    ]);
    expect(accepted(input({ phase: 'after' }))).toBe(true);
  });

  it('rejects duplicate step ids', () => {
    expect(errorsOf(input({ steps: [step({ id: 'a' }), step({ id: 'a' })] }))).toEqual([
      { path: 'steps.1.id', message: 'Two steps share the same id.' },
    ]);
  });

  it('rejects unknown keys at every level', () => {
    expect(errorsOf(input({ colour: 'red' }))).toEqual([{ path: 'colour', message: '“colour” is not an allowed field.' }]);
    expect(errorsOf(input({ steps: [step({ reps: 10 })] }))).toEqual([
      { path: 'steps.0.reps', message: '“reps” is not an allowed field.' },
    ]);
    // A stored Routine must go through toRoutineInput first.
    expect(errorsOf(input({ builtIn: false })).map((e) => e.path)).toEqual(['builtIn']);
  });

  it('rejects prototype-pollution keys without polluting anything', () => {
    const parsed: unknown = JSON.parse(
      '{"name":"x","phase":"before","steps":[{"movementId":"cat-cow","durationSec":30,"sides":"one","restAfterSec":0}],"__proto__":{"polluted":true}}',
    );
    expect(errorsOf(parsed)).toEqual([{ path: '__proto__', message: '“__proto__” is not an allowed field.' }]);
    const nested: unknown = JSON.parse(
      '{"name":"x","phase":"before","steps":[{"movementId":"cat-cow","durationSec":30,"sides":"one","constructor":{"prototype":{"polluted":true}}}]}',
    );
    expect(errorsOf(nested)).toEqual([{ path: 'steps.0.constructor', message: '“constructor” is not an allowed field.' }]);
    // An object whose prototype was swapped is not plain data either.
    const sneaky = Object.create({ name: 'inherited' }) as Record<string, unknown>;
    Object.assign(sneaky, { phase: 'before', steps: [step()] });
    expect(errorsOf(sneaky)[0]?.path).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = input();
    cyclic.self = cyclic;
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const withGetter = Object.defineProperty(input(), 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const values: unknown[] = [
      undefined,
      null,
      0,
      'routine',
      true,
      Symbol('x'),
      10n,
      [],
      [input()],
      () => 1,
      new Date(),
      new Map(),
      cyclic,
      hostile,
      withGetter,
      input({ steps: Array.from({ length: 100_000 }, () => step()) }),
      input({ steps: [null, 1, 'x', [], step()] }),
    ];
    for (const value of values) {
      const result = validateRoutineInput(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(typeof e.path).toBe('string');
          expect(e.message).toMatch(/^\S.*[.]$/);
        }
      }
    }
  });

  it('gives a readable message for a step that is not an object', () => {
    expect(errorsOf(input({ steps: [null] }))).toEqual([
      { path: 'steps.0', message: 'Each step needs a movement, a duration, the sides and a rest.' },
    ]);
  });

  it('exposes the schema for reuse', () => {
    expect(routineInputSchema.safeParse(input()).success).toBe(true);
    expect(routineInputSchema.safeParse(input({ name: '' })).success).toBe(false);
  });
});

describe('what a hostile routine is told, exactly', () => {
  const TOO_DEEP = 'This routine is nested too deeply to be read.';
  const NOT_A_ROUTINE = 'This is not a routine the app can read.';
  const NOT_A_STEP = 'Each step needs a movement, a duration, the sides and a rest.';

  it('refuses 100,000 steps at once by their count, before reading any of them', () => {
    expect(errorsOf(input({ steps: Array.from({ length: 100_000 }, () => step()) }))).toEqual([
      { path: 'steps', message: 'A routine can have at most 60 steps.' },
    ]);
    // A long list where no list belongs is not a routine at all.
    expect(errorsOf(input({ name: Array.from({ length: 61 }, () => 'x') }))).toEqual([{ path: 'name', message: NOT_A_ROUTINE }]);
    expect(errorsOf(input({ steps: [step({ id: Array.from({ length: 61 }, () => 'x') })] }))).toEqual([
      { path: 'steps.0.id', message: NOT_A_ROUTINE },
    ]);
  });

  it('reads four levels of nesting and refuses the fifth', () => {
    expect(errorsOf(input({ steps: [step({ extra: { a: { b: 1 } } })] }))).toEqual([
      { path: 'steps.0.extra', message: '“extra” is not an allowed field.' },
    ]);
    expect(errorsOf(input({ steps: [step({ extra: { a: { b: {} } } })] }))).toEqual([{ path: 'steps.0.extra.a.b', message: TOO_DEEP }]);
    const cyclic: Record<string, unknown> = input();
    cyclic.self = cyclic;
    // Every way down the cycle stops at the fifth level.
    expect(errorsOf(cyclic)).toEqual(
      ['self.self.self.steps.0', 'self.self.self.self.steps', 'self.self.self.self.self'].map((path) => ({ path, message: TOO_DEEP })),
    );
  });

  it('says which level is not plain data: the routine or a step', () => {
    const odd = Object.create({ name: 'inherited' }) as Record<string, unknown>;
    Object.assign(odd, { name: 'x', phase: 'before', steps: [step()] });
    expect(errorsOf(odd)).toEqual([{ path: '', message: NOT_A_ROUTINE }]);
    expect(errorsOf(input({ steps: [step(), new Date()] }))).toEqual([{ path: 'steps.1', message: NOT_A_STEP }]);
    expect(accepted(Object.assign(Object.create(null) as object, input()))).toBe(true);
  });

  it('never calls a getter, and names the field that has one', () => {
    let calls = 0;
    const withGetter = Object.defineProperty(input(), 'name', {
      enumerable: true,
      get() {
        calls++;
        return 'Morning';
      },
    });
    expect(errorsOf(withGetter)).toEqual([{ path: 'name', message: NOT_A_ROUTINE }]);
    const stepWithGetter = Object.defineProperty(step(), 'durationSec', { enumerable: true, get: () => (calls++, 30) });
    expect(errorsOf(input({ steps: [stepWithGetter] }))).toEqual([{ path: 'steps.0.durationSec', message: NOT_A_ROUTINE }]);
    expect(calls).toBe(0);
  });

  it('names every pollution key, however many, and checks the fields beside them', () => {
    const parsed: unknown = JSON.parse(
      '{"name":"x","phase":"before","steps":[{"movementId":"cat-cow","durationSec":30,"sides":"one","__proto__":{},"prototype":1}],"constructor":{}}',
    );
    expect(errorsOf(parsed)).toEqual([
      { path: 'steps.0.__proto__', message: '“__proto__” is not an allowed field.' },
      { path: 'steps.0.prototype', message: '“prototype” is not an allowed field.' },
      { path: 'constructor', message: '“constructor” is not an allowed field.' },
    ]);
  });

  it('lets steps without ids through (ids are made on save), however many', () => {
    const bare = { movementId: 'cat-cow', durationSec: 30, sides: 'one' };
    expect(accepted(input({ steps: [bare, bare, bare] }))).toBe(true);
  });
});
