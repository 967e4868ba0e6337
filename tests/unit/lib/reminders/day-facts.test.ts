/** What the scheduler knows of each day: a check-in given, and when the latest warm-up of the day ended. */
import { describe, expect, it } from 'vitest';
import { dayFactsOf } from '../../../../src/lib/reminders/day-facts';
import { guidanceSaysRest } from '../../../../src/lib/reminders/rest';
import { routineRun, session } from '../../../support/history';
import { checkInOn, rest, run } from '../guidance/factory';

const warmUp = (localDate: string, endedAt: string, phase: 'before' | 'after' = 'before') =>
  session(localDate, { checkIn: null, routine: routineRun({ phase, startedAt: `${localDate}T06:00:00.000Z`, endedAt }) });

describe('dayFactsOf', () => {
  it('keeps the latest warm-up of a day and notes a check-in, from the given day on', () => {
    const facts = dayFactsOf(
      [
        warmUp('2026-11-27', '2026-11-27T06:40:00.000Z'),
        warmUp('2026-11-27', '2026-11-27T06:20:00.000Z'),
        warmUp('2026-11-27', '2026-11-27T18:00:00.000Z', 'after'),
        warmUp('2026-11-28', 'not a time'),
        session('2026-11-28'),
        warmUp('2026-11-25', '2026-11-25T06:40:00.000Z'),
      ],
      '2026-11-26',
    );
    expect(facts).toEqual({
      '2026-11-27': { preRunEndedAt: Date.parse('2026-11-27T06:40:00.000Z'), checkInGiven: false },
      '2026-11-28': { preRunEndedAt: null, checkInGiven: true },
    });
  });

  it('counts a day that starts the window', () => {
    expect(Object.keys(dayFactsOf([session('2026-11-26')], '2026-11-26'))).toEqual(['2026-11-26']);
  });
});

describe('guidanceSaysRest', () => {
  const context = { today: '2026-11-28', backPainType: 'mechanical' as const, weekStartDay: 1 as const };

  it('says rest after severe pain, and for a doctor first after a red flag', () => {
    expect(guidanceSaysRest([run('2026-11-27', { painNow: 8 })], context)).toBe(true);
    expect(guidanceSaysRest([checkInOn('2026-11-27', { painNow: 2, redFlags: ['night-pain'] })], context)).toBe(true);
    expect(guidanceSaysRest([checkInOn('2026-11-27', { painNow: 2, redFlags: ['saddle-numbness'] })], context)).toBe(true);
  });

  it('lets a warm-up reminder come on an ordinary day, and on a rest-or-cross day', () => {
    expect(guidanceSaysRest([run('2026-11-24'), rest('2026-11-25')], context)).toBe(false);
    // Ran yesterday and the day before: cross-training is still a day to warm up for.
    expect(guidanceSaysRest([run('2026-11-26'), run('2026-11-27')], context)).toBe(false);
  });
});
