/**
 * A long, realistic history for benchmarks: one session a day going back from today, or `perDay`
 * sessions a day (three hours apart from 06:00 UTC), so that 100,000 fit after 1970, as an import requires.
 */
import { addDays, localDateOf } from '../src/lib/history/dates';
import type { CheckIn, Session } from '../src/lib/history/types';

export function seedSessions(count: number, today = localDateOf(new Date()), perDay = 1): Session[] {
  const sessions: Session[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const daysBack = Math.floor(i / perDay);
    const localDate = addDays(today, -daysBack);
    const hour = perDay === 1 ? 7 : 6 + 3 * (perDay - 1 - (i % perDay));
    const at = `${localDate}T${String(hour).padStart(2, '0')}`;
    const startedAt = `${at}:00:00.000Z`;
    const kind = daysBack % 7;
    const dayType: CheckIn['dayType'] = kind === 0 ? 'rest' : kind === 3 || kind === 5 ? 'cross' : 'run';
    const run = dayType === 'run';
    sessions.push({
      id: `seed-${i}`,
      startedAt,
      localDate,
      updatedAt: startedAt,
      routine: run
        ? {
            routineId: 'builtin-after',
            routineName: 'After the run',
            phase: 'after',
            startedAt,
            endedAt: `${at}:11:00.000Z`,
            stepsDone: 9,
            stepsSkipped: i % 5 === 0 ? 1 : 0,
            activeMs: 640_000,
          }
        : null,
      checkIn: {
        painNow: (i * 7) % 6,
        painBefore: run ? (i * 3) % 4 : null,
        locations: ['lower-back'],
        kinds: i % 4 === 0 ? ['stiffness'] : ['ache'],
        redFlags: [],
        dayType,
        crossTrainingKind: dayType === 'cross' ? 'swimming' : '',
        distanceKm: run ? 5 + (i % 6) : null,
        durationSec: run ? (5 + (i % 6)) * 330 : null,
        note: i % 10 === 0 ? 'Felt a little stiff at the start, fine after ten minutes.' : '',
        treatments: [],
        painkillerNote: '',
        spotPain: {},
        avgHeartRate: null,
        climbM: null,
      },
    });
  }
  return sessions;
}
