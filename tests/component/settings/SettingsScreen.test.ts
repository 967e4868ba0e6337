import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SettingsScreen from '../../../src/components/settings/SettingsScreen.svelte';
import { loadSettings, settingsState } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
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
  bridge.uninstall();
  temp.cleanup();
});

describe('SettingsScreen', () => {
  it('saves the distance unit through main when a radio is chosen', async () => {
    render(SettingsScreen);
    await userEvent.click(screen.getByRole('radio', { name: 'Miles' }));
    expect(screen.getByRole('radio', { name: 'Miles' })).toBeChecked();
    const stored = await bridge.main.invoke('settings:get');
    expect(stored).toMatchObject({ ok: true, value: { distanceUnit: 'mi' } });
  });

  it('says a refused value in plain words beside its field, and shows the stored value again', async () => {
    render(SettingsScreen);
    const getReady = screen.getByRole('spinbutton', { name: 'Get-ready countdown (seconds)' });
    await userEvent.clear(getReady);
    await userEvent.type(getReady, '500');
    await userEvent.tab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Get-ready is at most 60 seconds. It stays at 5 seconds.');
    expect(alert).not.toHaveTextContent(/getReadySec|settings:update/);
    expect(getReady).toHaveAccessibleDescription(/at most 60 seconds/);
    expect(getReady).toHaveValue(5);
    expect(settingsState.settings.getReadySec).toBe(5);
    // Only one message on the page: beside the field, none at the top.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('does not store 0 when the field is emptied, and says what to type', async () => {
    render(SettingsScreen);
    const switchSides = screen.getByRole('spinbutton', { name: 'Pause to switch sides (seconds)' });
    await userEvent.clear(switchSides);
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Type a number of seconds. It stays at 5 seconds.');
    expect(switchSides).toHaveValue(5);
    const stored = await bridge.main.invoke('settings:get');
    expect(stored).toMatchObject({ ok: true, value: { switchSidesSec: 5 } });
    // A good value clears the message.
    await userEvent.clear(switchSides);
    await userEvent.type(switchSides, '8');
    await userEvent.tab();
    await expect.poll(() => settingsState.settings.switchSidesSec).toBe(8);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows each volume’s value and has a button to hear the cues', async () => {
    render(SettingsScreen);
    expect(screen.getByRole('slider', { name: 'Tone volume' })).toHaveAttribute('aria-valuetext', '70 %');
    expect(screen.getByText('100 %')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test sound' })).toBeEnabled();
  });
});
