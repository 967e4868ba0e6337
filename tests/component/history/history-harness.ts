/** Shared set-up for the HistoryScreen tests: a real main process behind the bridge, stores reset, canvas absent. */
import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import HistoryScreen from '../../../src/components/history/HistoryScreen.svelte';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import type { CheckIn, RoutineRun, Session } from '../../../src/lib/history/types';
import { resetCharts } from '../../../src/stores/history-charts.svelte';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go } from '../../../src/stores/navigation.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { session as sessionOn } from '../../support/history';
import { makeTempDir } from '../../support/temp-dir';

export interface HistoryHarness {
  temp: ReturnType<typeof makeTempDir>;
  bridge: ReturnType<typeof installBridge>;
}

export const today = localDateOf(new Date());

/** The current test's harness, set before each test by useHistoryScreen. */
const current = {} as HistoryHarness;

/** Registers the set-up and clean-up around each test of the calling file; the harness is filled in before each test. */
export function useHistoryScreen(): HistoryHarness {
  // An import preview waits for the real import worker, which can take over the default 1 s on a busy 2-core machine.
  configure({ asyncUtilTimeout: 5000 });
  beforeEach(async () => {
    // jsdom has no canvas: the charts must still say what they show.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    current.temp = makeTempDir();
    current.bridge = installBridge(current.temp.dir);
    await loadSettings();
    Object.assign(historyState, initialHistoryState());
    resetCharts();
    go({ name: 'history' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    current.bridge.uninstall();
    current.temp.cleanup();
  });
  return current;
}

/** A session `daysAgo` days before today, at 08:00 UTC, with the check-in and routine given. */
export function session(daysAgo: number, c: CheckIn | null, r: RoutineRun | null = null): Session {
  const localDate = addDays(today, -daysAgo);
  return sessionOn(localDate, { startedAt: `${localDate}T08:00:00.000Z`, updatedAt: `${localDate}T08:00:00.000Z`, checkIn: c, routine: r });
}

export async function seed(sessions: Session[]): Promise<void> {
  for (const s of sessions) {
    const result = await current.bridge.main.invoke('sessions:restore', s);
    if (!result.ok) throw new Error(result.error.message);
  }
}

export async function storedIds(): Promise<string[]> {
  const result = await current.bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as Session[]).map((s) => s.id);
}

export async function renderHistory() {
  const user = userEvent.setup();
  render(HistoryScreen);
  await screen.findByRole('heading', { level: 1, name: 'History' });
  await vi.waitFor(() => expect(historyState.pageLoaded).toBe(true));
  // The first screenful of weeks comes first: the whole page has come when it holds every week asked for, or the last.
  await vi.waitFor(() => {
    const page = historyState.page;
    expect(page && (page.olderWeeks === 0 || page.weeks.length >= historyState.weeks)).toBe(true);
    // Then drawn a few weeks a frame.
    if (historyState.tab === 'sessions') expect(document.querySelectorAll('section.week')).toHaveLength(page!.weeks.length);
  });
  return user;
}
