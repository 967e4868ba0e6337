import { describe, expect, it } from 'vitest';
import { painSummary } from '../../../../src/lib/history/labels';

describe('painSummary', () => {
  it('shows a run’s change from before to after when both were answered', () => {
    expect(painSummary({ dayType: 'run', painBefore: 4, painNow: 2 })).toBe('Pain 4 → 2');
  });

  it('shows the one score of a run without pain before, and of any other day (pain before is about a run)', () => {
    expect(painSummary({ dayType: 'run', painBefore: null, painNow: 3 })).toBe('Pain 3');
    expect(painSummary({ dayType: 'rest', painBefore: 5, painNow: 1 })).toBe('Pain 1');
    expect(painSummary({ dayType: 'cross', painBefore: 5, painNow: 0 })).toBe('Pain 0');
  });

  it('shows nothing for a session without a check-in', () => {
    expect(painSummary(null)).toBe('');
  });
});
