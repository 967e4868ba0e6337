import { describe, expect, it } from 'vitest';
import { scoreFromKey } from '../../../../src/lib/history/pain-keys';

describe('scoreFromKey', () => {
  it('reads a digit as its score, and 1 then 0 quickly as 10', () => {
    const one = scoreFromKey('1', null, 1000);
    expect(one.score).toBe(1);
    expect(scoreFromKey('0', one.last, 1500).score).toBe(10);
    expect(scoreFromKey('0', one.last, 2000).score).toBe(0);
    expect(scoreFromKey('8', null, 0).score).toBe(8);
  });

  it('ignores anything that is not a digit', () => {
    expect(scoreFromKey('a', null, 0)).toEqual({ score: null, last: null });
    expect(scoreFromKey('Enter', null, 0).score).toBeNull();
  });
});
