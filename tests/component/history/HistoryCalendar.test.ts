/** The calendar's offer of a check-in on an empty day: only on days that have happened and hold nothing. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import HistoryCalendar from '../../../src/components/history/HistoryCalendar.svelte';
import { formatLongDay } from '../../../src/components/history/format';
import { calendarWeeks } from '../../../src/lib/history/stats';
import { checkIn, routineRun, session } from '../../support/history';

// A Wednesday, weeks from Monday: the last row holds four days still to come.
const TODAY = '2026-11-25';
const offer = (localDate: string) => `Add a check-in for ${formatLongDay(localDate)}`;

function renderCalendar(onadd = vi.fn()) {
  const weeks = calendarWeeks(
    [
      session('2026-11-24', { checkIn: checkIn({ dayType: 'rest', distanceKm: null, durationSec: null }) }),
      session('2026-11-23', { checkIn: null, routine: routineRun() }),
    ],
    TODAY,
    1,
  );
  render(HistoryCalendar, { weeks, onadd });
  return { onadd, table: screen.getByRole('table') };
}

describe('HistoryCalendar', () => {
  it('offers a check-in on each empty day so far, today included, and on no day to come or day with a mark', () => {
    const { table } = renderCalendar();
    // 12 weeks of 7 days, less the 4 to come, the rest day and the routine day.
    expect(within(table).getAllByRole('button', { name: /^Add a check-in for / })).toHaveLength(84 - 4 - 2);
    expect(within(table).getByRole('button', { name: offer(TODAY) })).toHaveTextContent('+');
    expect(within(table).getByRole('button', { name: offer('2026-11-22') })).toBeInTheDocument();
    for (const taken of ['2026-11-24', '2026-11-23', '2026-11-26', '2026-11-29']) {
      expect(within(table).queryByRole('button', { name: offer(taken) })).toBeNull();
    }
    // A day to come still reads as such.
    expect(within(table).getByRole('cell', { name: `${formatLongDay('2026-11-26')}: still to come` })).toBeInTheDocument();
  });

  it('is reached with Tab and pressed with Enter or Space, giving the day', async () => {
    const user = userEvent.setup();
    const { onadd, table } = renderCalendar();
    const first = within(table).getAllByRole('button', { name: /^Add a check-in for / })[0]!;
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onadd).toHaveBeenLastCalledWith('2026-09-07');
    within(table)
      .getByRole('button', { name: offer('2026-11-22') })
      .focus();
    await user.keyboard(' ');
    expect(onadd).toHaveBeenLastCalledWith('2026-11-22');
  });

  it('offers nothing where no one listens for it', () => {
    render(HistoryCalendar, { weeks: calendarWeeks([], TODAY, 1) });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
