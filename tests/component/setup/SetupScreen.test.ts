import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SetupScreen from '../../../src/components/setup/SetupScreen.svelte';
import { navigation } from '../../../src/stores/navigation.svelte';
import { loadSettings, settingsState } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  settingsState.error = null;
  navigation.screen = { name: 'setup' };
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

async function stored() {
  const result = await bridge.main.invoke('settings:get');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as typeof settingsState.settings;
}

describe('SetupScreen', () => {
  it('asks the three questions on one screen, with nothing about back pain chosen yet', () => {
    render(SetupScreen);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Backstride' })).toBeVisible();
    expect(screen.getByRole('group', { name: /What is behind your back pain/ })).toBeVisible();
    expect(screen.getByRole('group', { name: /Distances in/ })).toBeVisible();
    expect(screen.getByRole('group', { name: /My week starts on/ })).toBeVisible();
    for (const name of ['Mechanical', 'Structural', /I don.t know/]) {
      expect(screen.getByRole('radio', { name })).not.toBeChecked();
    }
    expect(screen.getByRole('radio', { name: 'Kilometres' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Monday' })).toBeChecked();
    expect(screen.queryByText(/Ask a doctor before you run/)).not.toBeInTheDocument();
  });

  it('explains each choice in plain words', () => {
    render(SetupScreen);
    expect(screen.getByRole('radio', { name: 'Mechanical' })).toHaveAccessibleDescription(/structurally normal.*weak core/);
    expect(screen.getByRole('radio', { name: 'Structural' })).toHaveAccessibleDescription(/disc problem or scoliosis/);
  });

  it('advises asking a doctor for structural pain, without blocking, and Start saves every answer', async () => {
    render(SetupScreen);
    await userEvent.click(screen.getByRole('radio', { name: 'Structural' }));
    expect(screen.getByText('Ask a doctor before you run')).toBeVisible();
    expect(screen.getByText(/Check with your doctor that running suits you/)).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Miles' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Sunday' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));

    expect(await stored()).toMatchObject({ backPainType: 'structural', distanceUnit: 'mi', weekStartDay: 0 });
    expect(settingsState.settings.backPainType).toBe('structural');
    expect(navigation.screen).toEqual({ name: 'home' });
  });

  it('also advises asking a doctor when the type is not known', async () => {
    render(SetupScreen);
    await userEvent.click(screen.getByRole('radio', { name: /I don.t know/ }));
    expect(screen.getByText('Ask a doctor before you run')).toBeVisible();
    expect(screen.getByText(/A doctor can tell you which it is/)).toBeVisible();
  });

  it('says running can help for mechanical pain', async () => {
    render(SetupScreen);
    await userEvent.click(screen.getByRole('radio', { name: 'Mechanical' }));
    expect(screen.getByText('Running can help')).toBeVisible();
    expect(screen.queryByText('Ask a doctor before you run')).not.toBeInTheDocument();
  });

  it('asks for the back-pain answer when Start is pressed without one, and saves nothing', async () => {
    render(SetupScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose one answer about your back pain');
    expect(screen.getByRole('radio', { name: 'Mechanical' })).toHaveFocus();
    expect((await stored()).backPainType).toBeNull();
    expect(navigation.screen).toEqual({ name: 'setup' });

    await userEvent.click(screen.getByRole('radio', { name: 'Mechanical' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('can be answered with the keyboard alone', async () => {
    render(SetupScreen);
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Mechanical' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Structural' })).toBeChecked();
    expect(screen.getByText('Ask a doctor before you run')).toBeVisible();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Kilometres' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Miles' })).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Monday' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await stored()).toMatchObject({ backPainType: 'structural', distanceUnit: 'mi', weekStartDay: 1 });
  });

  it('starts from the stored answers when asked again', async () => {
    await bridge.main.invoke('settings:update', { backPainType: 'unknown', distanceUnit: 'mi', weekStartDay: 6 });
    await loadSettings();
    render(SetupScreen);
    expect(screen.getByRole('radio', { name: /I don.t know/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Miles' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Saturday' })).toBeChecked();
  });
});
