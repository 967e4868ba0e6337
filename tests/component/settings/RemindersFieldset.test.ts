import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import SettingsScreen from '../../../src/components/settings/SettingsScreen.svelte';
import { loadSettings, settingsState } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { checkIn, session } from '../../support/history';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  Object.assign(settingsState, { error: null, fieldErrors: {} });
});
afterEach(() => {
  vi.restoreAllMocks();
  bridge.uninstall();
  temp.cleanup();
});

const stored = async () =>
  ((await bridge.main.invoke('settings:get')) as { value: { reminders: Record<string, unknown>; openAtLogin: boolean } }).value;

describe('Reminders in Settings', () => {
  it('starts off, with Mon, Wed and Sat at 07:00 pressed, and saves what the runner turns on', async () => {
    render(SettingsScreen);
    const on = screen.getByRole('checkbox', { name: 'Remind me before my runs' });
    expect(on).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Start Backstride when I log in (minimised)' })).not.toBeChecked();
    const pressed = screen.getByRole('group', { name: 'Run days' }).querySelectorAll('[aria-pressed="true"]');
    expect([...pressed].map((b) => b.getAttribute('aria-label'))).toEqual(['Monday', 'Wednesday', 'Saturday']);
    expect(screen.getByText(/Mon, Wed, Sat at 07:00/)).toBeInTheDocument();

    await userEvent.click(on);
    // Two quick clicks, the second before main has answered the first: both count.
    const clicks = [
      fireEvent.click(screen.getByRole('button', { name: 'Friday' })),
      fireEvent.click(screen.getByRole('button', { name: 'Monday' })),
    ];
    await Promise.all(clicks);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Start Backstride when I log in (minimised)' }));
    expect(screen.getByRole('button', { name: 'Friday' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Monday' })).toHaveAttribute('aria-pressed', 'false');
    expect(await stored()).toMatchObject({ reminders: { on: true, days: [3, 5, 6] }, openAtLogin: true });
  });

  it('refuses a lead time main will not take, beside the field, and keeps the stored one', async () => {
    render(SettingsScreen);
    const lead = screen.getByRole('spinbutton', { name: 'Warm-up reminder (minutes before)' });
    await userEvent.clear(lead);
    await userEvent.type(lead, '500');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('The warm-up reminder is at most 120 minutes before. It stays at 10.');
    expect(lead).toHaveValue(10);
    expect((await stored()).reminders).toMatchObject({ leadMin: 10 });
  });

  it('takes an edited run length, and an emptied one goes back to the history’s figure', async () => {
    render(SettingsScreen);
    const length = screen.getByRole('spinbutton', { name: 'Usual run length (minutes)' });
    expect(length).toHaveAccessibleDescription('Leave empty to use your history: 40 min.');
    await userEvent.type(length, '35');
    await userEvent.tab();
    expect((await stored()).reminders).toMatchObject({ runLengthMin: 35 });
    await userEvent.clear(length);
    await userEvent.tab();
    expect((await stored()).reminders).toMatchObject({ runLengthMin: null });
  });

  it('hints the run length main learned from the recent runs, without loading the whole history', async () => {
    for (const [daysAgo, minutes] of [
      [1, 25],
      [3, 30],
      [5, 50],
    ] as const) {
      const localDate = addDays(localDateOf(new Date()), -daysAgo);
      const saved = await bridge.main.invoke('sessions:restore', session(localDate, { checkIn: checkIn({ durationSec: minutes * 60 }) }));
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const listAll = vi.spyOn(
      (globalThis as unknown as Record<string, { listSessions: () => Promise<unknown> }>)[API_GLOBAL]!,
      'listSessions',
    );
    render(SettingsScreen);
    const length = screen.getByRole('spinbutton', { name: 'Usual run length (minutes)' });
    await vi.waitFor(() => expect(length).toHaveAccessibleDescription('Leave empty to use your history: 30 min.'));
    expect(length).toHaveAttribute('placeholder', '30');
    expect(listAll).not.toHaveBeenCalled();
  });
});
