import { describe, expect, it } from 'vitest';
import { DISMISSAL_DAYS, dismissUntil, filterDismissed, pruneDismissals } from '../../../../src/lib/guidance';
import type { Finding } from '../../../../src/lib/guidance';
import { addDays } from '../../../../src/lib/history/dates';

function finding(id: string, dismissible = true): Finding {
  return {
    id,
    rule: dismissible ? 'severe-pain' : 'red-flag',
    level: dismissible ? 'caution' : 'see-doctor',
    title: 't',
    body: 'b',
    sessionIds: [],
    dismissible,
  };
}

describe('dismissals', () => {
  const dismissedOn = '2026-10-22'; // the week spans the 2026-10-25 DST change
  const severe = finding('severe-pain:2026-10-20');
  const redFlag = finding('red-flag:2026-10-20', false);
  const dismissals = { [severe.id]: dismissUntil(dismissedOn), [redFlag.id]: dismissUntil(dismissedOn) };

  it('lasts a week: hidden for 7 calendar days, back on the 8th', () => {
    expect(DISMISSAL_DAYS).toBe(7);
    expect(dismissUntil(dismissedOn)).toBe('2026-10-29');
    for (let d = 0; d < 7; d++) {
      expect(filterDismissed([severe], dismissals, addDays(dismissedOn, d))).toEqual([]);
    }
    expect(filterDismissed([severe], dismissals, addDays(dismissedOn, 7))).toEqual([severe]);
  });

  it('never hides a finding that is not dismissible', () => {
    expect(filterDismissed([redFlag, severe], dismissals, dismissedOn)).toEqual([redFlag]);
  });

  it('only hides the dismissed id: a new trigger of the same rule shows', () => {
    const newer = finding('severe-pain:2026-10-24');
    expect(filterDismissed([newer], dismissals, '2026-10-24')).toEqual([newer]);
  });

  it('ignores malformed or overlong dismissal dates', () => {
    expect(filterDismissed([severe], { [severe.id]: 'next week' }, dismissedOn)).toEqual([severe]);
    expect(filterDismissed([severe], { [severe.id]: '2027-01-01' }, dismissedOn)).toEqual([severe]);
  });

  it('prunes expired dismissals', () => {
    expect(pruneDismissals(dismissals, '2026-10-28')).toEqual(dismissals);
    expect(pruneDismissals(dismissals, '2026-10-29')).toEqual({});
  });
});
