import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SettingsScreen from '../../../src/components/settings/SettingsScreen.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await bridge.main.invoke('settings:update', { backPainType: 'mechanical' });
  await loadSettings();
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

describe('the back-pain question in Settings', () => {
  it('shows the setup answer and saves a change through main, with the advice for it', async () => {
    render(SettingsScreen);
    const group = screen.getByRole('group', { name: 'What is behind your back pain?' });
    expect(group).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Mechanical' })).toBeChecked();
    expect(screen.getByText('Running can help')).toBeVisible();

    await userEvent.click(screen.getByRole('radio', { name: 'Structural' }));
    expect(screen.getByRole('radio', { name: 'Structural' })).toBeChecked();
    expect(screen.getByText('Ask a doctor before you run')).toBeVisible();
    expect(await bridge.main.invoke('settings:get')).toMatchObject({ ok: true, value: { backPainType: 'structural' } });
  });
});
