/** The history list: sessions by week, their details, filters, delete and undo, editing, paging, and a saved check-in's notice. */
import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import HistoryScreen from '../../../src/components/history/HistoryScreen.svelte';
import { describe, expect, it, vi } from 'vitest';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import { chartsState } from '../../../src/stores/history-charts.svelte';
import { historyState } from '../../../src/stores/history.svelte';
import { navigation } from '../../../src/stores/navigation.svelte';
import { updateSettings } from '../../../src/stores/settings.svelte';
import { checkIn, routineRun } from '../../support/history';
import { renderHistory, seed, session, storedIds, useHistoryScreen } from './history-harness';

useHistoryScreen();

describe('HistoryScreen', () => {
  it('greets an empty history kindly and offers a check-in and an import', async () => {
    const user = await renderHistory();
    expect(screen.getByRole('heading', { name: 'No sessions yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Import…' })).toBeEnabled();
    expect(screen.queryByRole('tablist')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New check-in' }));
    expect(navigation.screen).toEqual({ name: 'check-in', sessionId: null });
  });
  it('lists sessions newest first, by week, with the week’s runs, distance and average pain', async () => {
    await seed([
      session(14, checkIn({ painNow: 6, distanceKm: 5 })),
      session(0, checkIn({ painNow: 2, painBefore: null, distanceKm: 8.5, durationSec: 2730 })),
      session(0, null, routineRun()),
      session(1, checkIn({ dayType: 'rest', painNow: 3, distanceKm: null, durationSec: null })),
    ]);
    await renderHistory();
    expect(screen.getByText('4 sessions, newest first.')).toBeInTheDocument();
    const weeks = screen.getAllByRole('heading', { level: 3, name: /^Week of/ });
    expect(weeks.length).toBeGreaterThanOrEqual(2);
    const newest = weeks[0]!.closest('section')!;
    expect(within(newest).getByRole('button', { name: /Run, 8\.5 km.*Pain 2/ })).toBeInTheDocument();
    const oldest = weeks.at(-1)!.closest('section')!;
    expect(within(oldest).getByText(/^1 run · 5\.0 km · average pain 6\.0$/)).toBeInTheDocument();
    // Newest first overall; the day's routine-only session shares the day's row.
    const rows = screen.getAllByRole('button', { expanded: false });
    expect(rows[0]).toHaveAccessibleName(/Run, 8\.5 km.*Pain 2.*Morning warm-up/);
    expect(screen.queryByRole('button', { name: /Routine only/ })).toBeNull();
    expect(rows.at(-1)).toHaveAccessibleName(/Run, 5\.0 km/);
  });
  it('opens a session’s details: routine, steps, active time, check-in fields and pace', async () => {
    await seed([
      session(
        0,
        checkIn({ painNow: 2, painBefore: 4, distanceKm: 8.5, durationSec: 2730, note: 'Hills' }),
        routineRun({ routineName: 'Evening cool-down', stepsDone: 8, stepsSkipped: 2, activeMs: 545_000 }),
      ),
    ]);
    const user = await renderHistory();
    const row = screen.getByRole('button', { name: /Run, 8\.5 km/ });
    // The row itself shows the run's pace and how the pain changed over the run.
    expect(row).toHaveTextContent('Run, 8.5 km, 5:21 /km');
    expect(row).toHaveTextContent('Pain 4 → 2');
    await user.click(row);
    expect(row).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(row.getAttribute('aria-controls')!)!;
    const item = (term: string) => within(detail).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(item('Routine')).toHaveTextContent('Evening cool-down (before the run): 8 steps done, 2 skipped, 9 min 5 s active');
    expect(item('Pain now')).toHaveTextContent('2 (mild)');
    expect(item('Pain before')).toHaveTextContent('4 (moderate)');
    expect(item('Time')).toHaveTextContent('0:45:30');
    expect(item('Pace')).toHaveTextContent('5:21 /km');
    expect(item('Where')).toHaveTextContent('Lower back');
    expect(item('Note')).toHaveTextContent('Hills');
  });
  it('shows distances and pace in miles for a runner who uses miles', async () => {
    await updateSettings({ distanceUnit: 'mi' });
    await seed([session(0, checkIn({ distanceKm: 16.09344, durationSec: 4800 }))]);
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: /Run, 10\.0 mi/ }));
    expect(screen.getByText('8:00 /mi')).toBeInTheDocument();
    expect(screen.getByText(/^1 run · 10\.0 mi/)).toBeInTheDocument();
  });
  it('filters by day type, pain band and routine', async () => {
    await seed([
      session(0, checkIn({ painNow: 8, painBefore: null })),
      session(1, checkIn({ painNow: 1, dayType: 'cross', crossTrainingKind: 'Swim', distanceKm: null, durationSec: null })),
      session(2, null, routineRun()),
    ]);
    const user = await renderHistory();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day type' }), 'Cross-training');
    expect(screen.getByText('Showing 1 session of 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Cross-training: Swim/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Run,/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pain' }), 'Severe (7–10)');
    expect(screen.getByRole('button', { name: /Run, 10\.0 km.*Pain 8/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Swim/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Routine' }), 'Morning warm-up');
    expect(screen.getByRole('button', { name: /Routine only.*Morning warm-up/ })).toBeInTheDocument();
    expect(screen.getByText('Showing 1 session of 3.')).toBeInTheDocument();
  });
  it('deletes a session in main, and Undo puts it back', async () => {
    const kept = session(0, checkIn({ painNow: 2 }));
    const removed = session(3, checkIn({ painNow: 5, distanceKm: 6 }));
    await seed([kept, removed]);
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: /Run, 6\.0 km/ }));
    await user.click(screen.getByRole('button', { name: 'Delete session' }));

    await vi.waitFor(async () => expect(await storedIds()).toEqual([kept.id]));
    expect(screen.queryByRole('button', { name: /Run, 6\.0 km/ })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(undo.closest('[role="status"]')).toHaveTextContent('Deleted the session of');

    await user.click(undo);
    await vi.waitFor(async () => expect((await storedIds()).sort()).toEqual([kept.id, removed.id].sort()));
    expect(screen.getByRole('button', { name: /Run, 6\.0 km/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
  it('opens the check-in form to edit a session', async () => {
    const s = session(0, checkIn());
    await seed([s]);
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: /Run, 10\.0 km/ }));
    await user.click(screen.getByRole('button', { name: 'Edit check-in' }));
    expect(navigation.screen).toEqual({ name: 'check-in', sessionId: s.id });
  });
  it('offers a check-in for a routine session that has none', async () => {
    const s = session(0, null, routineRun());
    await seed([s]);
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: /Routine only/ }));
    await user.click(screen.getByRole('button', { name: 'Add check-in' }));
    expect(navigation.screen).toEqual({ name: 'check-in', sessionId: s.id });
  });
  it('shows years of history a page of 12 weeks at a time', async () => {
    await seed(Array.from({ length: 20 }, (_, week) => session(week * 7, checkIn())));
    const user = await renderHistory();
    expect(screen.getAllByRole('heading', { level: 3, name: /^Week of/ })).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: 'Show 8 older weeks (8 more)' }));
    await vi.waitFor(() => expect(screen.getAllByRole('heading', { level: 3, name: /^Week of/ })).toHaveLength(20));
    expect(screen.queryByRole('button', { name: /older weeks/ })).not.toBeInTheDocument();
  });
  it('draws a long page a few weeks a frame, newest first, so that no frame waits for all its rows', async () => {
    await seed(Array.from({ length: 84 }, (_, daysAgo) => session(daysAgo, checkIn())));
    const held: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => held.push(frame));
    const nextFrame = async () => {
      for (const frame of held.splice(0)) frame(performance.now());
      await tick();
    };
    const weeks = () => screen.queryAllByRole('heading', { level: 3, name: /^Week of/ }).map((h) => h.textContent);
    render(HistoryScreen);
    await vi.waitFor(() => expect(weeks()).toHaveLength(2));
    // The first rows have painted: the whole page is asked for.
    await nextFrame();
    await vi.waitFor(() => expect(historyState.page?.weeks).toHaveLength(12));
    await tick();
    const first = weeks();
    expect(first.length).toBeGreaterThan(2);
    expect(first.length).toBeLessThan(12);
    await nextFrame();
    expect(weeks()).toHaveLength(12);
    expect(weeks().slice(0, first.length)).toEqual(first);
  });
  it('never loads the whole history: the list, the charts and the calendar each ask main for what they show', async () => {
    await seed([session(0, checkIn({ painNow: 4 })), session(1, checkIn({ dayType: 'rest', distanceKm: null, durationSec: null }))]);
    const api = (globalThis as unknown as Record<string, Record<string, () => Promise<unknown>>>)[API_GLOBAL]!;
    const listAll = vi.spyOn(api, 'listSessions');
    const askCharts = vi.spyOn(api, 'getHistoryCharts');
    const user = await renderHistory();
    expect(screen.getByText('2 sessions, newest first.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(await screen.findByText(/^1 run day, 0 cross-training days and 1 rest day in the last 12 weeks/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Charts' }));
    // The charts' code loads on first open of the tab.
    await screen.findByRole('figure', { name: 'Pain over time' }, { timeout: 4000 });
    expect(screen.getByRole('img', { name: 'Pain over time chart' })).toHaveAccessibleDescription(/Latest 7-day average: 3\.0/);
    // One answer (fetched early, or on the click) draws both tabs: going from the calendar to the charts asks nothing more.
    expect(askCharts).toHaveBeenCalledTimes(1);
    expect(listAll).not.toHaveBeenCalled();
  });
  it('fetches the charts ahead a moment after the list shows, so that Charts opens without asking', async () => {
    await seed([session(0, checkIn({ painNow: 4 }))]);
    const askCharts = vi.spyOn(
      (globalThis as unknown as Record<string, Record<string, () => Promise<unknown>>>)[API_GLOBAL]!,
      'getHistoryCharts',
    );
    const user = await renderHistory();
    expect(askCharts).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(chartsState.data).not.toBeNull(), { timeout: 3000 });
    expect(historyState.tab).toBe('sessions');
    await user.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(askCharts).toHaveBeenCalledTimes(1);
  });
  it('shows a confirmation left by the check-in form', async () => {
    historyState.notice = 'Check-in saved.';
    await seed([session(0, checkIn())]);
    await renderHistory();
    expect(screen.getByRole('status')).toHaveTextContent('Check-in saved.');
  });
});
