import { describe, expect, it } from 'vitest';
import { chartWindow } from '../../../../src/lib/history/chart-window';
import type { Session } from '../../../../src/lib/history/types';

const TODAY = '2026-11-26'; // a Thursday; weeks start on Monday (1)
const at = (localDate: string): Session => ({
  id: `s-${localDate}`,
  startedAt: `${localDate}T08:00:00.000Z`,
  localDate,
  routine: null,
  checkIn: null,
  updatedAt: `${localDate}T08:00:00.000Z`,
});

describe('chartWindow', () => {
  it('starts at the first session when the history is shorter than the window', () => {
    expect(chartWindow([at('2026-11-12'), at('2026-11-25')], TODAY, 1, 12)).toEqual({
      firstWeek: '2026-11-09',
      firstDay: '2026-11-12',
      spanWeeks: 3,
    });
  });

  it('keeps two week rows (this week and last) when every session is this week, but counts one week', () => {
    expect(chartWindow([at('2026-11-24')], TODAY, 1, 12)).toEqual({ firstWeek: '2026-11-16', firstDay: '2026-11-24', spanWeeks: 1 });
  });

  it('shows the whole window when history goes back further, or there is none', () => {
    const full = { firstWeek: '2026-09-07', firstDay: '2026-09-07', spanWeeks: 12 };
    expect(chartWindow([at('2025-01-01'), at('2026-11-25')], TODAY, 1, 12)).toEqual(full);
    expect(chartWindow([], TODAY, 1, 12)).toEqual(full);
  });

  it('follows the week start day', () => {
    // 2026-11-22 is a Sunday: with Sunday weeks it starts this week.
    expect(chartWindow([at('2026-11-22')], TODAY, 0, 12).spanWeeks).toBe(1);
    expect(chartWindow([at('2026-11-22')], TODAY, 1, 12).spanWeeks).toBe(2);
  });

  it('starts at the earliest session whatever the order, and ignores days after today', () => {
    expect(chartWindow([at('2026-11-25'), at('2026-11-12'), at('2026-11-19')], TODAY, 1, 12)).toMatchObject({
      firstDay: '2026-11-12',
      spanWeeks: 3,
    });
    // A session dated tomorrow (a clock set wrong) neither starts the axis nor hides the real first day.
    expect(chartWindow([at('2026-11-27')], TODAY, 1, 12)).toEqual({ firstWeek: '2026-09-07', firstDay: '2026-09-07', spanWeeks: 12 });
    expect(chartWindow([at('2026-11-27'), at('2026-11-20')], TODAY, 1, 12)).toMatchObject({ firstDay: '2026-11-20', spanWeeks: 2 });
  });

  it('counts a session on the window’s first day as inside it', () => {
    expect(chartWindow([at('2026-09-07'), at('2026-11-25')], TODAY, 1, 12)).toEqual({
      firstWeek: '2026-09-07',
      firstDay: '2026-09-07',
      spanWeeks: 12,
    });
    expect(chartWindow([at('2026-09-08')], TODAY, 1, 12)).toMatchObject({ firstDay: '2026-09-08', spanWeeks: 12 });
    expect(chartWindow([at('2026-09-06'), at('2026-09-08')], TODAY, 1, 12)).toMatchObject({ firstDay: '2026-09-07' });
  });
});
