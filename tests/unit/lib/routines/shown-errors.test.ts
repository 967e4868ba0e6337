import { describe, expect, it } from 'vitest';
import { errorTarget, shownErrors, typedErrors } from '../../../../src/lib/routines/shown-errors';

const noName = { path: 'name', message: 'Give the routine a name.' };
const noSteps = { path: 'steps', message: 'Add at least one step.' };
const tooShort = { path: 'steps.0.durationSec', message: 'A step must last at least 5 seconds.' };
const badSides = { path: 'steps.1.sides', message: 'Choose once or each side.' };
const tooLong = { path: 'steps.0.durationSec', message: 'A step can last at most 10 minutes.' };

describe('errorTarget', () => {
  it('places an error on the name, the step list, one step’s field, or the routine', () => {
    expect(errorTarget('name')).toEqual({ kind: 'name' });
    expect(errorTarget('steps')).toEqual({ kind: 'steps' });
    expect(errorTarget('steps.2.restAfterSec')).toEqual({ kind: 'step', index: 2, field: 'restAfterSec' });
    expect(errorTarget('steps.2.id')).toEqual({ kind: 'step', index: 2, field: null });
    expect(errorTarget('')).toEqual({ kind: 'routine' });
  });
});

describe('typedErrors', () => {
  it('keeps only a step’s duration or rest, which are said as they are typed', () => {
    expect(typedErrors([noName, tooShort, badSides, { path: 'steps.1.restAfterSec', message: 'r' }])).toEqual([
      tooShort,
      { path: 'steps.1.restAfterSec', message: 'r' },
    ]);
  });
});

describe('shownErrors', () => {
  const own = [noName, noSteps, tooShort, badSides];

  it('before any Save shows only a step’s typed duration or rest, nowhere else', () => {
    expect(shownErrors({ attempted: false, own, refused: null, now: 'a' })).toEqual({
      all: [],
      name: [],
      steps: [],
      stepFields: [tooShort],
    });
  });

  it('from the first Save on shows every error of the editor’s, each where it belongs', () => {
    expect(shownErrors({ attempted: true, own, refused: null, now: 'a' })).toEqual({
      all: own,
      name: ['Give the routine a name.'],
      steps: ['Add at least one step.'],
      stepFields: own,
    });
  });

  it('shows main’s refusal while the draft is as it was sent, and drops it once changed', () => {
    const refused = { issues: [tooLong], sent: 'a' };
    expect(shownErrors({ attempted: true, own: [], refused, now: 'a' })).toMatchObject({ all: [tooLong], stepFields: [tooLong] });
    expect(shownErrors({ attempted: true, own: [], refused, now: 'b' })).toMatchObject({ all: [], stepFields: [] });
  });
});
