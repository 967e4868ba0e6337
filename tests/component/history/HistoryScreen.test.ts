import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HistoryScreen from '../../../src/components/history/HistoryScreen.svelte';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import { exportHistory } from '../../../src/lib/history/exchange';
import type { CheckIn, RoutineRun, Session } from '../../../src/lib/history/types';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { loadSettings, updateSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { checkIn, routineRun, session as sessionOn } from '../../support/history';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;
const today = localDateOf(new Date());

beforeEach(async () => {
  // jsdom has no canvas: the charts must still say what they show.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  Object.assign(historyState, initialHistoryState());
  go({ name: 'history' });
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

/** A session `daysAgo` days before today, at 08:00 UTC, with the check-in and routine given. */
function session(daysAgo: number, c: CheckIn | null, r: RoutineRun | null = null): Session {
  const localDate = addDays(today, -daysAgo);
  return sessionOn(localDate, { startedAt: `${localDate}T08:00:00.000Z`, updatedAt: `${localDate}T08:00:00.000Z`, checkIn: c, routine: r });
}

async function seed(sessions: Session[]): Promise<void> {
  for (const s of sessions) {
    const result = await bridge.main.invoke('sessions:restore', s);
    if (!result.ok) throw new Error(result.error.message);
  }
}

async function storedIds(): Promise<string[]> {
  const result = await bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as Session[]).map((s) => s.id);
}

async function renderHistory() {
  const user = userEvent.setup();
  render(HistoryScreen);
  await screen.findByRole('heading', { level: 1, name: 'History' });
  await vi.waitFor(() => expect(historyState.loaded).toBe(true));
  return user;
}

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
    expect(screen.getAllByRole('heading', { level: 3, name: /^Week of/ })).toHaveLength(20);
    expect(screen.queryByRole('button', { name: /older weeks/ })).not.toBeInTheDocument();
  });

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
    const table = screen.getByRole('table');
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

  it('exports JSON and CSV, and says where each was saved', async () => {
    await seed([session(0, checkIn())]);
    const user = await renderHistory();
    bridge.main.platform.saveToDir = temp.dir;
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const status = await screen.findByText(/^Exported 1 session as JSON to /);
    const savedTo = status.textContent!.replace(/^Exported 1 session as JSON to /, '');
    expect(path.dirname(savedTo)).toBe(temp.dir);
    expect(JSON.parse(fs.readFileSync(savedTo, 'utf8'))).toMatchObject({
      format: 'backstride-history',
      sessions: [{ checkIn: { distanceKm: 10 } }],
    });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/^Exported 1 session as CSV to .*\.csv$/)).toBeInTheDocument();

    // Cancelled in the dialog: nothing is said to have been saved.
    bridge.main.platform.saveToDir = null;
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await vi.waitFor(() => expect(historyState.busy).toBe(false));
    expect(screen.queryByText(/^Exported/)).toBeNull();
  });

  it('previews an import, then adds it all on “Import all”', async () => {
    const here = session(0, checkIn({ painNow: 1 }));
    await seed([here]);
    const incoming = [here, session(20, checkIn({ painNow: 5, distanceKm: 4 })), session(30, checkIn({ painNow: 6, distanceKm: 3 }))];
    const file = path.join(temp.dir, 'from-laptop.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory(incoming, new Date())));
    bridge.main.platform.openPath = file;
    const user = await renderHistory();

    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const heading = await screen.findByRole('heading', { name: 'Import from-laptop.json?' });
    expect(heading).toHaveFocus();
    const preview = heading.closest('section')!;
    expect(preview).toHaveTextContent('2 sessions to add from');
    expect(preview).toHaveTextContent('1 session already in your history — left as they are.');
    expect(await storedIds()).toEqual([here.id]);

    await user.click(within(preview).getByRole('button', { name: 'Import all' }));
    expect(await screen.findByText('Imported 2 sessions.')).toBeInTheDocument();
    expect((await storedIds()).length).toBe(3);
    expect(screen.getByRole('button', { name: /Run, 4\.0 km/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Import / })).toBeNull();
  });

  it('Cancel leaves the history as it was', async () => {
    const file = path.join(temp.dir, 'other.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory([session(5, checkIn())], new Date())));
    bridge.main.platform.openPath = file;
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await screen.findByRole('heading', { name: 'Import other.json?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Import other.json?' })).toBeNull();
    expect(await storedIds()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'No sessions yet' })).toBeInTheDocument();
  });

  it('shows main’s message for a refused file and changes nothing', async () => {
    await seed([session(0, checkIn())]);
    const file = path.join(temp.dir, 'broken.json');
    fs.writeFileSync(file, '{ not json');
    bridge.main.platform.openPath = file;
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json cannot be imported: This file is not valid JSON');
    expect(screen.queryByRole('button', { name: 'Import all' })).toBeNull();
    expect((await storedIds()).length).toBe(1);
  });

  it('shows a confirmation left by the check-in form', async () => {
    historyState.notice = 'Check-in saved.';
    await seed([session(0, checkIn())]);
    await renderHistory();
    expect(screen.getByRole('status')).toHaveTextContent('Check-in saved.');
  });
});
