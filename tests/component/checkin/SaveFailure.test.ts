/**
 * A check-in the disk refuses: the form says "Not saved" in plain words where it happened, keeps
 * what was typed, and Retry saves it once the disk takes it. A check-in main kept from a failed
 * save comes back filled in.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CheckInScreen from '../../../src/components/checkin/CheckInScreen.svelte';
import type { Session } from '../../../src/lib/history/types';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { loadPendingCheckIn, pendingState } from '../../../src/stores/pending.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { faultyFs, type FaultyFs } from '../../support/faulty-fs';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;
let faulty: FaultyFs;

beforeEach(async () => {
  temp = makeTempDir();
  faulty = faultyFs();
  bridge = installBridge(temp.dir, { writeFs: faulty });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await loadSettings();
  Object.assign(historyState, initialHistoryState());
  pendingState.checkIn = null;
  go({ name: 'check-in', sessionId: null });
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

async function storedNotes(): Promise<string[]> {
  const result = await bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as Session[]).map((s) => s.checkIn!.note);
}

describe('a check-in the disk refuses', () => {
  it('says "Not saved" with what to do, keeps the entry, and Retry saves it once there is space', async () => {
    const user = userEvent.setup();
    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    await user.keyboard('5');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Hilly ten');

    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC' };
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: the disk is full. Your entry is kept; free some space and press Retry.');
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).toHaveFocus();
    expect(navigation.screen.name).toBe('check-in');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Hilly ten');
    expect(await storedNotes()).toEqual([]);

    // Still full: refused again, still kept.
    await user.click(retry);
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: the disk is full');
    expect(await storedNotes()).toEqual([]);

    faulty.fault = null;
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(navigation.screen.name).toBe('history'));
    expect(await storedNotes()).toEqual(['Hilly ten']);
    expect(historyState.notice).toBe('Check-in saved.');
  });

  it('a check-in kept from a failed save is filled in again after a restart', async () => {
    const checkIn = (painNow: number, note: string) =>
      ({
        painNow,
        painBefore: null,
        locations: ['lower-back'],
        kinds: [],
        redFlags: [],
        dayType: 'rest',
        crossTrainingKind: '',
        distanceKm: null,
        durationSec: null,
        note,
        treatments: [],
        painkillerNote: '',
        spotPain: {},
        avgHeartRate: null,
        climbM: null,
      }) as const;
    await bridge.main.invoke('sessions:save-check-in', { sessionId: null, checkIn: checkIn(2, 'y'.repeat(1800)) });
    // Room for the small pending file only, not for the history.
    faulty.fault = { kind: 'errno', call: 'writeSync', code: 'ENOSPC', afterBytes: 1500 };
    const refused = await bridge.main.invoke('sessions:save-check-in', { sessionId: null, checkIn: checkIn(6, 'short') });
    expect(refused.ok).toBe(false);
    bridge.uninstall();
    bridge = installBridge(temp.dir);
    await loadPendingCheckIn();

    render(CheckInScreen, { sessionId: null });
    await screen.findByRole('radiogroup', { name: 'Pain now' });
    expect(screen.getByText(/could not be saved earlier/)).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Pain now' })).getByRole('radio', { name: 'Pain 6 — moderate' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lower back' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('short');
  });
});
