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

  it('shows main’s error and keeps the stored value when a change is refused', async () => {
    render(SettingsScreen);
    const getReady = screen.getByRole('spinbutton', { name: 'Get-ready countdown (seconds)' });
    await userEvent.clear(getReady);
    await userEvent.type(getReady, '500');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('getReadySec');
    expect(settingsState.settings.getReadySec).toBe(5);
  });
});
