// EditorScreen: Save, and what the runner is told when the routine is refused (here or by main).
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import EditorScreen from '../../../src/components/routines/EditorScreen.svelte';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import { navigation } from '../../../src/stores/navigation.svelte';
import { routineLibraryUi } from '../../../src/stores/routines.svelte';
import { storedRoutines, useEditorScreen } from './editor-harness';

useEditorScreen();

describe('EditorScreen save', () => {
  it('shows an empty name’s message next to the field and sends nothing to main', async () => {
    const save = vi.spyOn((globalThis as unknown as Record<string, { saveRoutine: () => unknown }>)[API_GLOBAL]!, 'saveRoutine');
    const before = await storedRoutines();
    render(EditorScreen, { routineId: null, phase: 'before' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add Hip circles' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The routine was not saved');
    expect(alert).toHaveTextContent('Name: Give the routine a name.');
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the routine a name.');

    expect(save).not.toHaveBeenCalled();
    expect(await storedRoutines()).toEqual(before);

    // Typing a name clears the message.
    await userEvent.type(name, 'Morning');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('flags a step that is too short next to its field, and an empty routine', async () => {
    const before = await storedRoutines();
    render(EditorScreen, { routineId: null, phase: 'after' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Short one');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Steps: Add at least one step.');

    await userEvent.click(screen.getByRole('button', { name: "Add Child's pose" }));
    const duration = screen.getByRole('spinbutton', { name: "Duration of Child's pose (seconds)" });
    await userEvent.clear(duration);
    await userEvent.type(duration, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent("Step 1 (Child's pose), duration: A step must last at least 5 seconds.");
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(expect.stringContaining('A step must last at least 5 seconds.'));
    expect(await storedRoutines()).toEqual(before);
  });

  it('says a 0 s step is too short as it is typed, before any Save', async () => {
    render(EditorScreen, { routineId: null, phase: 'after' });
    await userEvent.click(await screen.findByRole('button', { name: "Add Child's pose" }));
    const duration = screen.getByRole('spinbutton', { name: "Duration of Child's pose (seconds)" });
    await userEvent.clear(duration);
    await userEvent.type(duration, '0');
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(expect.stringContaining('A step must last at least 5 seconds.'));
    // The error summary (and the name's "required") wait for Save.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.type(duration, '5');
    expect(duration).not.toHaveAttribute('aria-invalid');
  });

  it('saves a built-in as a copy and leaves the built-in as it was', async () => {
    render(EditorScreen, { routineId: 'builtin-after-short', phase: 'after' });
    const duration = await screen.findByRole('spinbutton', { name: 'Duration of Lying hamstring stretch (seconds)' });
    await userEvent.clear(duration);
    await userEvent.type(duration, '40');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(navigation.screen).toEqual({ name: 'routines' }));
    expect(routineLibraryUi.notice).toContain('Saved as a copy: Quick cool-down (5 min) (my copy)');
    const stored = await storedRoutines();
    const builtIn = stored.find((r) => r.id === 'builtin-after-short')!;
    expect(builtIn.steps.find((s) => s.movementId === 'hamstring-stretch')!.durationSec).toBe(30);
    const copy = stored.find((r) => r.name === 'Quick cool-down (5 min) (my copy)')!;
    expect(copy.builtIn).toBe(false);
    expect(copy.steps.find((s) => s.movementId === 'hamstring-stretch')!.durationSec).toBe(40);
  });

  it('shows main’s message when main still refuses, and stays in the editor', async () => {
    const api = (globalThis as unknown as Record<string, { saveRoutine: (arg: unknown) => Promise<unknown> }>)[API_GLOBAL]!;
    vi.spyOn(api, 'saveRoutine').mockResolvedValue({
      ok: false,
      error: { code: 'not-found', message: 'That routine no longer exists.', issues: [] },
    });
    render(EditorScreen, { routineId: null, phase: 'before' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Evening');
    await userEvent.click(screen.getByRole('button', { name: 'Add Inchworm' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The routine was not saved');
    expect(alert).toHaveTextContent('That routine no longer exists.');
    expect(navigation.screen.name).toBe('editor');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Evening');
  });

  it('puts a value main refused beside its step field, read from the issues, until it is changed', async () => {
    const api = (globalThis as unknown as Record<string, { saveRoutine: (arg: unknown) => Promise<unknown> }>)[API_GLOBAL]!;
    vi.spyOn(api, 'saveRoutine').mockResolvedValue({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'Duration: A step can last at most 10 minutes.',
        issues: [{ path: 'steps.0.durationSec', message: 'A step can last at most 10 minutes.' }],
      },
    });
    render(EditorScreen, { routineId: null, phase: 'before' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Evening');
    await userEvent.click(screen.getByRole('button', { name: 'Add Inchworm' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const duration = await screen.findByRole('spinbutton', { name: 'Duration of Inchworm (seconds)' });
    await vi.waitFor(() => expect(duration).toHaveAccessibleDescription(/A step can last at most 10 minutes\./));
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Step 1 (Inchworm), duration: A step can last at most 10 minutes.');
    expect(document.body).not.toHaveTextContent(/durationSec|steps\.0|routines:save/);
    // Changed, the draft is no longer what main refused: the message goes.
    await userEvent.type(duration, '{Backspace}5');
    expect(duration).not.toHaveAttribute('aria-invalid');
  });
});
