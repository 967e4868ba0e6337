import { describe, expect, it } from 'vitest';
import { dropSide, dropTarget, slotAt } from '../../../../src/lib/routines/drop-slot';
import { moveStep } from '../../../../src/lib/routines/steps';

/** The order a runner sees after dropping the step at `from` on `index`'s `side`. */
function orderAfterDrop(order: string[], from: number, index: number, side: 'before' | 'after'): string[] {
  const to = dropTarget(from, { index, side }, order.length);
  return to === null ? order : moveStep(order, from, to);
}

describe('drop slot', () => {
  it('reads the upper half of a step as before it and the lower half as after it', () => {
    // A step from y = 100 to y = 180.
    expect(dropSide(101, 100, 80)).toBe('before');
    expect(dropSide(139, 100, 80)).toBe('before');
    expect(dropSide(140, 100, 80)).toBe('after');
    expect(dropSide(179, 100, 80)).toBe('after');
  });

  it('puts a step dragged down exactly where the line showed', () => {
    const steps = ['a', 'b', 'c', 'd'];
    expect(orderAfterDrop(steps, 0, 3, 'after')).toEqual(['b', 'c', 'd', 'a']);
    expect(orderAfterDrop(steps, 0, 3, 'before')).toEqual(['b', 'c', 'a', 'd']);
    expect(orderAfterDrop(steps, 0, 2, 'after')).toEqual(['b', 'c', 'a', 'd']);
    expect(orderAfterDrop(steps, 1, 2, 'before')).toEqual(steps);
  });

  it('puts a step dragged up exactly where the line showed', () => {
    const steps = ['a', 'b', 'c', 'd'];
    expect(orderAfterDrop(steps, 3, 0, 'before')).toEqual(['d', 'a', 'b', 'c']);
    expect(orderAfterDrop(steps, 3, 0, 'after')).toEqual(['a', 'd', 'b', 'c']);
    expect(orderAfterDrop(steps, 2, 1, 'after')).toEqual(steps);
  });

  it('leaves the order alone when a step is dropped on itself or beside itself', () => {
    expect(dropTarget(1, { index: 1, side: 'before' }, 3)).toBeNull();
    expect(dropTarget(1, { index: 1, side: 'after' }, 3)).toBeNull();
    expect(dropTarget(1, { index: 0, side: 'after' }, 3)).toBeNull();
    expect(dropTarget(1, { index: 2, side: 'before' }, 3)).toBeNull();
  });

  it('ignores a drag that did not start on or end over a step of this list', () => {
    expect(dropTarget(-1, { index: 0, side: 'before' }, 3)).toBeNull();
    expect(dropTarget(3, { index: 0, side: 'before' }, 3)).toBeNull();
    expect(dropTarget(0, { index: 3, side: 'after' }, 3)).toBeNull();
  });

  it('reads a pointer in the gap between two steps as after the upper one, where the line is drawn', () => {
    // Steps at 0-80, 92-172, 184-264 (12 px gaps).
    const steps = [
      { top: 0, height: 80 },
      { top: 92, height: 80 },
      { top: 184, height: 80 },
    ];
    expect(slotAt(20, steps)).toEqual({ index: 0, side: 'before' });
    expect(slotAt(150, steps)).toEqual({ index: 1, side: 'after' });
    expect(slotAt(174, steps)).toEqual({ index: 1, side: 'after' });
    expect(slotAt(183, steps)).toEqual({ index: 1, side: 'after' });
    expect(slotAt(185, steps)).toEqual({ index: 2, side: 'before' });
    expect(slotAt(-5, steps)).toEqual({ index: 0, side: 'before' });
    expect(slotAt(300, steps)).toEqual({ index: 2, side: 'after' });
    expect(slotAt(10, [])).toBeNull();
  });
});
