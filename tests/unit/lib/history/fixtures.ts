/** Test helpers for history records (not a test file). */
import type { CheckIn, RoutineRun, Session } from '../../../../src/lib/history/types';

export function checkIn(over: Partial<CheckIn> = {}): CheckIn {
  return {
    painNow: 2,
    painBefore: 3,
    locations: ['lower-back'],
    kinds: ['ache'],
    redFlags: [],
    dayType: 'run',
    crossTrainingKind: '',
    distanceKm: 10,
    durationSec: 3300,
    note: '',
    ...over,
  };
}

export function routine(over: Partial<RoutineRun> = {}): RoutineRun {
  return {
    routineId: 'warm-up-1',
    routineName: 'Morning warm-up',
    phase: 'before',
    startedAt: '2026-11-26T07:00:00.000Z',
    endedAt: '2026-11-26T07:10:00.000Z',
    stepsDone: 8,
    stepsSkipped: 1,
    activeMs: 540_000,
    ...over,
  };
}

let counter = 0;

/** A session on localDate; by default a run check-in with no routine. */
export function session(localDate: string, over: Partial<Session> = {}): Session {
  counter++;
  return {
    id: `s-${counter}`,
    startedAt: `${localDate}T07:00:00.000Z`,
    localDate,
    routine: null,
    checkIn: checkIn(),
    updatedAt: `${localDate}T08:00:00.000Z`,
    ...over,
  };
}

/** A deterministic, varied history of n sessions, one or two a day going back from 2026-11-26. */
export function manySessions(n: number): Session[] {
  const out: Session[] = [];
  const base = Date.UTC(2026, 10, 26);
  for (let i = 0; i < n; i++) {
    const day = new Date(base - Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
    const kind = i % 3 === 0 ? 'run' : i % 3 === 1 ? 'cross' : 'rest';
    out.push({
      id: `bulk-${i}`,
      startedAt: `${day}T${String(6 + (i % 2) * 10).padStart(2, '0')}:15:00.000Z`,
      localDate: day,
      routine:
        i % 2 === 0 ? routine({ routineId: `r-${i % 4}`, startedAt: `${day}T06:00:00.000Z`, endedAt: `${day}T06:12:00.000Z` }) : null,
      checkIn: checkIn({
        painNow: i % 11,
        painBefore: i % 5 === 0 ? null : (i * 7) % 11,
        dayType: kind,
        crossTrainingKind: kind === 'cross' ? 'swimming' : '',
        distanceKm: kind === 'run' ? 5 + (i % 10) : null,
        durationSec: kind === 'run' ? 1500 + (i % 10) * 300 : null,
        locations: i % 4 === 0 ? ['lower-back', 'hips'] : [],
        note: i % 7 === 0 ? `felt "ok", day ${i}\nthen tired` : '',
      }),
      updatedAt: `${day}T20:00:00.000Z`,
    });
  }
  return out;
}
