import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RoutinesScreen from '../../../src/components/routines/RoutinesScreen.svelte';
import type { Routine } from '../../../src/lib/routines/types';
import type { Settings } from '../../../src/lib/settings/types';
import { navigation } from '../../../src/stores/navigation.svelte';
import { closePlayer, player } from '../../../src/stores/player.svelte';
import { clearRoutineMessages, loadRoutines, saveRoutine } from '../../../src/stores/routines.svelte';
import { settingsState } from '../../../src/stores/settings.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

async function stored<T>(channel: string): Promise<T> {
  const result = await bridge.main.invoke(channel);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The card of one routine, found by its heading. */
function card(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  await loadRoutines();
  clearRoutineMessages();
  navigation.screen = { name: 'routines' };
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

describe('RoutinesScreen', () => {
  it('groups routines by phase with their total time, step count and built-in mark', async () => {
    render(RoutinesScreen);
    const before = section('Before the run');
    const after = section('After the run');
    expect(
      within(before)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Before the run', 'Quick warm-up (5 min)']);
    expect(
      within(after)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['After the run', 'Quick cool-down (5 min)']);

    // 60+5+60 + 60 + 30+5+30 + 30+5+30 = 315 s with the default 5 s pause to switch sides.
    const quick = card('Quick cool-down (5 min)');
    expect(quick).toHaveTextContent('5:15');
    expect(quick).toHaveTextContent('4 steps');
    expect(within(quick).getByText('Built-in')).toBeInTheDocument();
    // Built-ins can be edited (as a copy) and duplicated, never deleted.
    expect(within(quick).getByRole('button', { name: 'Edit Quick cool-down (5 min)' })).toBeInTheDocument();
    expect(within(quick).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('duplicates, deletes with Undo, and restores built-ins', async () => {
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate Quick cool-down (5 min)' }));
    expect(await screen.findByText('Duplicated as Quick cool-down (5 min) (copy).')).toBeInTheDocument();
    const copy = card('Quick cool-down (5 min) (copy)');
    expect(within(copy).queryByText('Built-in')).not.toBeInTheDocument();

    await userEvent.click(within(copy).getByRole('button', { name: 'Delete Quick cool-down (5 min) (copy)' }));
    expect(screen.queryByRole('heading', { name: 'Quick cool-down (5 min) (copy)' })).not.toBeInTheDocument();
    const undo = await screen.findByRole('button', { name: 'Undo delete of Quick cool-down (5 min) (copy)' });
    expect(undo).toHaveFocus();
    expect((await stored<Routine[]>('routines:list')).some((r) => r.name.endsWith('(copy)'))).toBe(false);

    await userEvent.click(undo);
    expect(await screen.findByRole('heading', { level: 3, name: 'Quick cool-down (5 min) (copy)' })).toBeInTheDocument();
    expect((await stored<Routine[]>('routines:list')).some((r) => r.name.endsWith('(copy)'))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Restore built-ins' }));
    expect(await screen.findByText(/Built-in routines restored/)).toBeInTheDocument();
    expect(card('Quick cool-down (5 min) (copy)')).toBeInTheDocument();
  });

  it('chooses which routine each Home door starts', async () => {
    render(RoutinesScreen);
    const door = screen.getByRole('combobox', { name: 'Home’s “After the run” button starts' });
    expect(door).toHaveValue('builtin-after');
    await userEvent.selectOptions(door, 'Quick cool-down (5 min)');
    const settings = await stored<Settings>('settings:get');
    expect(settings.doorRoutineIds).toEqual({ before: 'builtin-before', after: 'builtin-after-short' });
    expect(within(card('Quick cool-down (5 min)')).getByText('Starts from Home')).toBeInTheDocument();
  });

  it('plays any routine from its card', async () => {
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Play Quick cool-down (5 min)' }));
    expect(navigation.screen).toEqual({ name: 'player' });
    expect(player.routine?.id).toBe('builtin-after-short');
    closePlayer();
  });

  it('asks whether Home’s door should start a saved copy of its routine; yes points the door at the copy', async () => {
    const builtIn = (await stored<Routine[]>('routines:list')).find((r) => r.id === 'builtin-after')!;
    const { routine: copy } = await saveRoutine({ id: builtIn.id, name: builtIn.name, phase: 'after', steps: builtIn.steps.slice(1) });
    render(RoutinesScreen);
    const yes = await screen.findByRole('button', { name: 'Yes, start my copy' });
    expect(
      screen.getByText(`Home’s “After the run” button starts After the run. Should it start your copy, ${copy.name}, instead?`),
    ).toBeInTheDocument();
    await userEvent.click(yes);
    expect((await stored<Settings>('settings:get')).doorRoutineIds.after).toBe(copy.id);
    expect(settingsState.settings.doorRoutineIds.after).toBe(copy.id);
    expect(screen.queryByRole('button', { name: 'Yes, start my copy' })).not.toBeInTheDocument();
    expect(within(card(copy.name)).getByText('Starts from Home')).toBeInTheDocument();
  });

  it('keeps the door as it was when the runner says no, and asks nothing for a copy of another routine', async () => {
    const list = await stored<Routine[]>('routines:list');
    const short = list.find((r) => r.id === 'builtin-after-short')!;
    await saveRoutine({ id: short.id, name: short.name, phase: 'after', steps: short.steps });
    const first = render(RoutinesScreen);
    expect(first.queryByRole('button', { name: 'Yes, start my copy' })).not.toBeInTheDocument();
    first.unmount();

    const builtIn = list.find((r) => r.id === 'builtin-after')!;
    await saveRoutine({ id: builtIn.id, name: builtIn.name, phase: 'after', steps: builtIn.steps });
    render(RoutinesScreen);
    await userEvent.click(await screen.findByRole('button', { name: 'No, keep After the run' }));
    expect((await stored<Settings>('settings:get')).doorRoutineIds.after).toBe('builtin-after');
  });

  it('opens the editor for a new routine of a phase, or for a routine', async () => {
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'New routine after the run' }));
    expect(navigation.screen).toEqual({ name: 'editor', routineId: null, phase: 'after' });
    await userEvent.click(screen.getByRole('button', { name: 'Edit Quick warm-up (5 min)' }));
    expect(navigation.screen).toEqual({ name: 'editor', routineId: 'builtin-before-short', phase: 'before' });
  });
});
