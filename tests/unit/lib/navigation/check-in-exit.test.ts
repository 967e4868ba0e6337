import { describe, expect, it } from 'vitest';
import { checkInExit } from '../../../../src/lib/navigation/check-in-exit';

describe('leaving the check-in without saving', () => {
  it('offers to skip it for Home straight after a routine', () => {
    expect(checkInExit({ editing: false, afterRoutine: true, forSession: true })).toEqual({ label: 'Skip check-in', to: { name: 'home' } });
  });

  it('offers to skip it for a routine’s session that has none yet', () => {
    expect(checkInExit({ editing: false, afterRoutine: false, forSession: true })).toEqual({
      label: 'Skip check-in',
      to: { name: 'home' },
    });
  });

  it('goes back to History from a check-in of its own', () => {
    expect(checkInExit({ editing: false, afterRoutine: false, forSession: false })).toEqual({ label: 'Cancel', to: { name: 'history' } });
  });

  it('goes back to History when editing a check-in, even one that followed a routine', () => {
    expect(checkInExit({ editing: true, afterRoutine: false, forSession: true })).toEqual({ label: 'Cancel', to: { name: 'history' } });
    expect(checkInExit({ editing: true, afterRoutine: true, forSession: true })).toEqual({ label: 'Cancel', to: { name: 'history' } });
  });
});
