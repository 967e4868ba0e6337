/** What the runner did each day, as the scheduler needs it, read from the session history. */
import type { Session } from '../history/types';
import type { DayFacts } from './types';

/** Facts for the local days from `fromDate` on (older days cannot have a slot any more). */
export function dayFactsOf(sessions: readonly Session[], fromDate: string): Record<string, DayFacts> {
  const out: Record<string, DayFacts> = {};
  for (const s of sessions) {
    if (s.localDate < fromDate) continue;
    const facts = (out[s.localDate] ??= { preRunEndedAt: null, checkInGiven: false });
    if (s.checkIn) facts.checkInGiven = true;
    if (s.routine?.phase === 'before') {
      const ended = Date.parse(s.routine.endedAt);
      if (!Number.isNaN(ended) && (facts.preRunEndedAt === null || ended > facts.preRunEndedAt)) facts.preRunEndedAt = ended;
    }
  }
  return out;
}
