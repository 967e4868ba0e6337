import { describe, expect, it } from 'vitest';
import { weekBoxes } from '../../../../src/lib/guidance/week-boxes';

const plan = (runsThisWeek: number) => ({ runsThisWeek, targetMin: 3 as const, targetMax: 4 as const });
const drawn = (runs: number) => weekBoxes(plan(runs)).map((b) => (b.done ? 'X' : '.') + (b.extra ? '+' : ''));

describe('weekBoxes', () => {
  it('shows four boxes, the fourth an extra, none done at the start of the week', () => {
    expect(drawn(0)).toEqual(['.', '.', '.', '.+']);
  });

  it('fills one box per run so far', () => {
    expect(drawn(2)).toEqual(['X', 'X', '.', '.+']);
    expect(drawn(4)).toEqual(['X', 'X', 'X', 'X+']);
  });

  it('adds a box per run past the target, each an extra', () => {
    expect(drawn(6)).toEqual(['X', 'X', 'X', 'X+', 'X+', 'X+']);
  });
});
