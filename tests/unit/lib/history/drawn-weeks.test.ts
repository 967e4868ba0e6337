import { describe, expect, it } from 'vitest';
import { weeksWithinRows } from '../../../../src/lib/history/drawn-weeks';

const weeks = (...sizes: number[]) => sizes.map((n) => ({ sessions: new Array<number>(n).fill(0) }));

describe('weeksWithinRows', () => {
  it('counts the weeks from the first whose sessions fit', () => {
    expect(weeksWithinRows(weeks(7, 7, 7, 7), 14)).toBe(2);
    expect(weeksWithinRows(weeks(7, 7, 7, 7), 20)).toBe(2);
    expect(weeksWithinRows(weeks(7, 7, 7, 7), 100)).toBe(4);
  });

  it('always draws the first week, however long, and nothing of an empty page', () => {
    expect(weeksWithinRows(weeks(35, 35), 20)).toBe(1);
    expect(weeksWithinRows([], 60)).toBe(0);
  });
});
