/** The history's other views: tabs, the charts in words, and the calendar. */
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/history/dates';
import { formatLongDay } from '../../../src/components/history/format';
import { historyState } from '../../../src/stores/history.svelte';
import { navigation } from '../../../src/stores/navigation.svelte';
import { checkIn, routineRun } from '../../support/history';
import { renderHistory, seed, session, today, useHistoryScreen } from './history-harness';

useHistoryScreen();

describe('HistoryScreen views', () => {
  it('has four views as tabs, switched with the arrow keys', async () => {
    await seed([session(0, checkIn({ painNow: 2 })), session(7, checkIn({ painNow: 4 }))]);
    const user = await renderHistory();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Sessions', 'Charts', 'Calendar', 'Advice']);
    expect(screen.getByRole('tab', { name: 'Sessions' })).toHaveAttribute('aria-selected', 'true');
    screen.getByRole('tab', { name: 'Sessions' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Charts' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Charts' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tabpanel', { name: 'Calendar' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'Advice from your history' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Sessions' })).toHaveAttribute('aria-selected', 'true');
  });
  it('names each chart and sums it up in words, even where canvas cannot draw', async () => {
    await seed([
      session(0, checkIn({ painNow: 2, distanceKm: 8, durationSec: 2400 })),
      session(7, checkIn({ painNow: 4, distanceKm: 10, durationSec: 3300 })),
    ]);
    historyState.tab = 'charts';
    await renderHistory();
    // The charts' code loads on first open of the tab.
    await screen.findByRole('figure', { name: 'Pain over time' }, { timeout: 4000 });
    for (const name of ['Pain over time', 'Runs and distance per week', 'Pace per week']) {
      const figure = screen.getByRole('figure', { name });
      const chart = within(figure).getByRole('img', { name: `${name} chart` });
      expect(chart).toHaveAccessibleDescription(/\w+/);
    }
    expect(screen.getByRole('img', { name: 'Pain over time chart' })).toHaveAccessibleDescription(
      /^Pain this week averaged 2\.0, down from 4\.0 last week\./,
    );
    expect(screen.getByRole('img', { name: 'Runs and distance per week chart' })).toHaveAccessibleDescription(
      /^This week: 1 run, 8\.0 km\. Last week: 1 run, 10\.0 km\./,
    );
    expect(screen.getByRole('img', { name: 'Pace per week chart' })).toHaveAccessibleDescription(
      'Average pace this week 5:00 /km, faster than last week (5:30 /km).',
    );
    expect(screen.getAllByText('This chart cannot be drawn here; the summary above says what it shows.')).toHaveLength(3);
  });
  it('shows a 12-week calendar with a key, marking days with letters, not colour alone', async () => {
    await seed([
      session(0, checkIn({ painNow: 2 }), null),
      session(0, null, routineRun()),
      session(1, checkIn({ dayType: 'rest', distanceKm: null, durationSec: null })),
      session(2, checkIn({ dayType: 'cross', crossTrainingKind: 'Bike', distanceKm: null, durationSec: null })),
    ]);
    historyState.tab = 'calendar';
    await renderHistory();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(8);
    const todayCell = within(table).getByRole('cell', { name: /\(today\): run, routine done$/ });
    expect(todayCell).toHaveTextContent('R');
    expect(todayCell).toHaveTextContent('✓');
    expect(within(table).getByRole('cell', { name: /: rest day$/ })).toHaveTextContent('Z');
    expect(within(table).getByRole('cell', { name: /: cross-training$/ })).toHaveTextContent('X');
    const key = screen.getByRole('list', { name: 'Calendar key' });
    for (const entry of ['Run', 'Cross-training', 'Rest', 'Routine done', 'Today']) expect(key).toHaveTextContent(entry);
    expect(
      screen.getByText('1 run day, 1 cross-training day and 1 rest day in the last 12 weeks; a routine on 1 day.'),
    ).toBeInTheDocument();
  });
  it('opens the check-in dated the empty day chosen in the calendar, from the keyboard', async () => {
    await seed([session(2, checkIn({ dayType: 'rest', distanceKm: null, durationSec: null }))]);
    historyState.tab = 'calendar';
    const user = await renderHistory();
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('button', { name: `Add a check-in for ${formatLongDay(addDays(today, -2))}` })).toBeNull();
    expect(within(table).getByRole('button', { name: `Add a check-in for ${formatLongDay(today)}` })).toHaveTextContent('+');

    const day = addDays(today, -3);
    within(table)
      .getByRole('button', { name: `Add a check-in for ${formatLongDay(day)}` })
      .focus();
    await user.keyboard('{Enter}');
    expect(navigation.screen).toEqual({ name: 'check-in', sessionId: null, localDate: day });
  });
});
