import { describe, expect, it } from 'vitest';
import { dayRows, rowRoutines } from '../../../../src/lib/history/day-rows';
import { checkIn, routineRun, session } from '../../../support/history';

describe('dayRows', () => {
  it('puts a run day’s warm-up on the row of the cool-down that carries the check-in', () => {
    const warmUp = session('2026-11-26', {
      startedAt: '2026-11-26T07:00:00.000Z',
      routine: routineRun({ routineName: 'Before the run' }),
      checkIn: null,
    });
    const coolDown = session('2026-11-26', {
      startedAt: '2026-11-26T09:00:00.000Z',
      routine: routineRun({ routineName: 'After the run', phase: 'after' }),
      checkIn: checkIn({ painNow: 4 }),
    });
    const yesterday = session('2026-11-25');
    const rows = dayRows([coolDown, warmUp, yesterday]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ main: coolDown, alongside: [warmUp] });
    expect(rowRoutines(rows[0]!).map((r) => r.routineName)).toEqual(['Before the run', 'After the run']);
    expect(rows[1]).toEqual({ main: yesterday, alongside: [] });
  });

  it('keeps sessions apart on a day without a check-in, and a second check-in on its own row', () => {
    const a = session('2026-11-26', { startedAt: '2026-11-26T07:00:00.000Z', routine: routineRun(), checkIn: null });
    const b = session('2026-11-26', { startedAt: '2026-11-26T08:00:00.000Z', routine: routineRun(), checkIn: null });
    expect(dayRows([b, a]).map((r) => r.main)).toEqual([b, a]);

    const morning = session('2026-11-24', { startedAt: '2026-11-24T07:00:00.000Z' });
    const evening = session('2026-11-24', { startedAt: '2026-11-24T19:00:00.000Z' });
    const warmUp = session('2026-11-24', { startedAt: '2026-11-24T06:00:00.000Z', routine: routineRun(), checkIn: null });
    const rows = dayRows([evening, morning, warmUp]);
    expect(rows).toEqual([
      { main: evening, alongside: [warmUp] },
      { main: morning, alongside: [] },
    ]);
  });
});
