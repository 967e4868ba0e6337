/** A long, realistic history for benchmarks: one session a day going back from today. */
import { addDays, localDateOf } from '../src/lib/history/dates';
import type { CheckIn, Session } from '../src/lib/history/types';

export function seedSessions(count: number, today = localDateOf(new Date())): Session[] {
  const sessions: Session[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const localDate = addDays(today, -i);
    const startedAt = `${localDate}T07:00:00.000Z`;
    const kind = i % 7;
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
            endedAt: `${localDate}T07:11:00.000Z`,
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
