// EditorScreen: leaving with or without changes, the pre-run hold note, and finding movements.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import EditorScreen from '../../../src/components/routines/EditorScreen.svelte';
import { MOVEMENTS } from '../../../src/lib/routines/catalog';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { storedRoutines, useEditorScreen } from './editor-harness';

useEditorScreen();

describe('EditorScreen', () => {
  it('asks before unsaved changes are left behind', async () => {
    render(EditorScreen, { routineId: 'builtin-before-short', phase: 'before' });
    const name = await screen.findByRole('textbox', { name: 'Name' });

    await userEvent.type(name, ' plus');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard your changes?' });
    expect(navigation.screen.name).toBe('editor');
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(name).toHaveValue('Quick warm-up (5 min) plus');

    go({ name: 'history' });
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(navigation.screen).toEqual({ name: 'history' });
    expect((await storedRoutines()).some((r) => r.name.includes('plus'))).toBe(false);
  });

  it('lets the runner leave freely when nothing changed', async () => {
    render(EditorScreen, { routineId: 'builtin-before-short', phase: 'before' });
    await screen.findByRole('textbox', { name: 'Name' });
    go({ name: 'home' });
    expect(navigation.screen).toEqual({ name: 'home' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gently notes long static holds in a pre-run routine, without blocking the save', async () => {
    render(EditorScreen, { routineId: null, phase: 'before' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Stretchy warm-up');
    await userEvent.click(screen.getByRole('radio', { name: 'Static stretch' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add Wall calf stretch' }));
    const duration = screen.getByRole('spinbutton', { name: 'Duration of Wall calf stretch (seconds)' });
    await userEvent.clear(duration);
    await userEvent.type(duration, '90');
    expect(screen.getByText(/Wall calf stretch is held for 90 s/)).toBeInTheDocument();
    expect(duration).toHaveAccessibleDescription(expect.stringContaining('suit the cool-down better'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(navigation.screen).toEqual({ name: 'routines' }));
    expect((await storedRoutines()).some((r) => r.name === 'Stretchy warm-up')).toBe(true);
  });

  it('finds movements by search and kind', async () => {
    render(EditorScreen, { routineId: null, phase: 'before' });
    const search = await screen.findByRole('searchbox', { name: 'Search movements' });
    await userEvent.type(search, 'hamstring');
    const movements = screen.getByRole('list', { name: 'Movements' });
    expect(
      within(movements)
        .getAllByRole('button')
        .map((b) => b.textContent!.replace(/^\+\s*/, '')),
    ).toEqual(['Add Back wheel: hamstrings', 'Add Lying hamstring stretch']);
    await userEvent.click(screen.getByRole('radio', { name: 'Static stretch' }));
    expect(within(screen.getByRole('list', { name: 'Movements' })).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByText(`1 of ${MOVEMENTS.length} movements`)).toBeInTheDocument();
  });
});
