import { describe, expect, it } from 'vitest';
import { dayFactsOf, usualRunLengthMin } from '../../../../src/lib/reminders';
import { checkIn, routineRun, session } from '../../../support/history';

const run = (localDate: string, durationSec: number | null) => session(localDate, { routine: null, checkIn: checkIn({ durationSec }) });

describe('usualRunLengthMin', () => {
  it('is the median run time of the last 8 weeks, in whole minutes', () => {
    const sessions = [run('2026-11-29', 30 * 60), run('2026-11-25', 50 * 60), run('2026-11-20', 35 * 60 + 40)];
    expect(usualRunLengthMin(sessions, '2026-11-30')).toBe(36);
    // An even count takes the middle two's mean.
    expect(usualRunLengthMin([...sessions, run('2026-11-18', 60 * 60)], '2026-11-30')).toBe(43);
  });

  it('leaves out runs older than 56 days, from the future, without a time, and days that were not runs', () => {
    const sessions = [
      run('2026-10-05', 99 * 60), // 56 days before
      run('2026-12-01', 99 * 60),
      run('2026-11-29', null),
      session('2026-11-28', { checkIn: checkIn({ dayType: 'cross', durationSec: 99 * 60 }) }),
      run('2026-10-06', 20 * 60), // 55 days before: still counts
    ];
    expect(usualRunLengthMin(sessions, '2026-11-30')).toBe(20);
  });

  it('falls back to the plan default, or 40 minutes, without any run time', () => {
    expect(usualRunLengthMin([], '2026-11-30')).toBe(40);
    expect(usualRunLengthMin([run('2026-11-29', null)], '2026-11-30', 25)).toBe(25);
  });
});

describe('dayFactsOf', () => {
  it('notes the latest pre-run routine end and a check-in per day, from the given day on', () => {
    const facts = dayFactsOf(
      [
        session('2026-11-30', { routine: routineRun({ phase: 'before', endedAt: '2026-11-30T06:10:00.000Z' }), checkIn: null }),
        session('2026-11-30', { routine: routineRun({ phase: 'before', endedAt: '2026-11-30T16:10:00.000Z' }), checkIn: null }),
        session('2026-11-29', { routine: routineRun({ phase: 'after' }), checkIn: checkIn() }),
        session('2026-11-20', { routine: null, checkIn: checkIn() }),
      ],
      '2026-11-28',
    );
    expect(facts).toEqual({
      '2026-11-30': { preRunEndedAt: Date.parse('2026-11-30T16:10:00.000Z'), checkInGiven: false },
      '2026-11-29': { preRunEndedAt: null, checkInGiven: true },
    });
  });
});
