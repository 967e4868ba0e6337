/** A varied history for the history modules' tests (not a test file); single records come from tests/support/history.ts. */
import type { Session } from '../../../../src/lib/history/types';
import { checkIn, routineRun } from '../../../support/history';

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
        i % 2 === 0 ? routineRun({ routineId: `r-${i % 4}`, startedAt: `${day}T06:00:00.000Z`, endedAt: `${day}T06:12:00.000Z` }) : null,
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
