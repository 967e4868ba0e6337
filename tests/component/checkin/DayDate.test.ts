/** The Day field of the check-in: today by default, a missed day when changed, only for a new stand-alone check-in. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CheckInScreen from '../../../src/components/checkin/CheckInScreen.svelte';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import type { Session } from '../../../src/lib/history/types';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { pendingState } from '../../../src/stores/pending.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { checkIn } from '../../support/history';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;
const today = localDateOf(new Date());

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  Object.assign(historyState, initialHistoryState());
  go({ name: 'check-in', sessionId: null });
});
afterEach(() => {
  pendingState.checkIn = null;
  bridge.uninstall();
  temp.cleanup();
});

async function storedSessions(): Promise<Session[]> {
  const result = await bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Session[];
}

describe('the Day of a check-in', () => {
  it('is today, cannot go past today, and is reached by Shift+Tab from the pain row that has focus', async () => {
    const user = userEvent.setup();
    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    const day = screen.getByLabelText('Day');
    expect(day).toHaveValue(today);
    expect(day).toHaveAttribute('max', today);
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(day).toHaveFocus();
  });

  it('saves a missed day on that day', async () => {
    const user = userEvent.setup();
    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    await user.keyboard('4');
    expect(screen.getByRole('group', { name: 'Today was' })).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText('Day'), { target: { value: addDays(today, -3) } });
    // The question follows the day: a missed day is not asked about as "today".
    expect(screen.getByRole('group', { name: 'That day was' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(() => navigation.screen.name).toBe('history');
    expect(await storedSessions()).toMatchObject([{ localDate: addDays(today, -3), checkIn: { painNow: 4 } }]);
  });

  it('opens dated on the day chosen in the calendar, and saves it on that day', async () => {
    const user = userEvent.setup();
    const day = addDays(today, -5);
    render(CheckInScreen, { sessionId: null, localDate: day });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    expect(screen.getByLabelText('Day')).toHaveValue(day);
    expect(screen.getByRole('group', { name: 'That day was' })).toBeInTheDocument();
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(() => navigation.screen.name).toBe('history');
    expect(await storedSessions()).toMatchObject([{ localDate: day, checkIn: { painNow: 3 } }]);
  });

  it("brings back a missed day's unsaved check-in on that day, not today", async () => {
    const day = addDays(today, -3);
    pendingState.checkIn = { sessionId: null, checkIn: checkIn({ painNow: 6 }), localDate: day, failedAt: new Date().toISOString() };
    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    expect(screen.getByLabelText('Day')).toHaveValue(day);
    expect(screen.getByRole('group', { name: 'That day was' })).toBeInTheDocument();
  });

  it('says beside the field that a day after today cannot be saved, and saves nothing', async () => {
    const user = userEvent.setup();
    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    await user.keyboard('4');
    const day = screen.getByLabelText('Day');
    await fireEvent.input(day, { target: { value: addDays(today, 1) } });
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText(/Day cannot be after today/)).toBeInTheDocument();
    expect(day).toHaveFocus();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(await storedSessions()).toEqual([]);
  });

  it('is not offered after a routine: that check-in is on the routine’s day', async () => {
    const recorded = await bridge.main.invoke('sessions:record-routine', {
      routineId: 'post-run',
      routineName: 'Easy cool-down',
      phase: 'after',
      startedAt: '2026-11-20T08:00:00.000Z',
      endedAt: '2026-11-20T08:12:00.000Z',
      stepsDone: 9,
      stepsSkipped: 0,
      activeMs: 600_000,
    });
    if (!recorded.ok) throw new Error(recorded.error.message);
    render(CheckInScreen, { sessionId: (recorded.value as Session).id });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    expect(screen.queryByLabelText('Day')).toBeNull();
  });
});
