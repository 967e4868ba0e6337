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

  it('makes 10 only from a 1 just before, within the moment and not at its end', () => {
    const one = scoreFromKey('1', null, 1000).last;
    expect(scoreFromKey('0', one, 1000 + 799).score).toBe(10);
    expect(scoreFromKey('0', one, 1000 + 800).score).toBe(0);
    expect(scoreFromKey('0', { digit: '2', at: 1000 }, 1100).score).toBe(0);
    expect(scoreFromKey('0', null, 1100).score).toBe(0);
    // "1" twice is 1, not 11 or 10.
    expect(scoreFromKey('1', one, 1100).score).toBe(1);
    expect(scoreFromKey('0', one, 1100).last).toEqual({ digit: '0', at: 1100 });
  });

  it('ignores function keys and anything longer than one digit', () => {
    for (const key of ['F1', 'F10', '12', '1a', 'Digit1', ' 1', '']) {
      expect(scoreFromKey(key, { digit: '1', at: 0 }, 10), key).toEqual({ score: null, last: { digit: '1', at: 0 } });
    }
  });
});
