import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import EditorScreen from '../../../src/components/routines/EditorScreen.svelte';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import { MOVEMENTS } from '../../../src/lib/routines/catalog';
import type { Routine } from '../../../src/lib/routines/types';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { clearRoutineMessages, loadRoutines, routineLibraryUi } from '../../../src/stores/routines.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

async function storedRoutines(): Promise<Routine[]> {
  const result = await bridge.main.invoke('routines:list');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Routine[];
}

/** The step names as the runner sees them, in order. */
function stepNames(): string[] {
  const list = screen.getByRole('list', { name: 'Steps' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent!.replace(/^\s*\d+\s*/, '').trim());
}

function totalTime(): string {
  const total = screen.getByText('Total time').closest('p')!;
  return total.querySelector('.total-time')!.textContent!.trim();
}

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  await loadRoutines();
  clearRoutineMessages();
  navigation.screen = { name: 'editor', routineId: null, phase: 'before' };
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
  vi.restoreAllMocks();
});

describe('EditorScreen', () => {
  it('updates the total time as soon as a duration changes', async () => {
    // Quick cool-down: glutes 60 s each side, upper back 60 s, hamstring 30 s each, figure-four 30 s each;
    // with the 5 s switch-sides pause: 125 + 60 + 65 + 65 = 315 s.
    render(EditorScreen, { routineId: 'builtin-after-short', phase: 'after' });
    const duration = await screen.findByRole('spinbutton', { name: 'Duration of Lying hamstring stretch (seconds)' });
    expect(totalTime()).toBe('5:15');

    await userEvent.clear(duration);
    await userEvent.type(duration, '45');
    // Both sides grow by 15 s.
    expect(totalTime()).toBe('5:45');
    expect(screen.getByText('0:45 per side')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sides of Lying hamstring stretch' }), 'Once');
    expect(totalTime()).toBe('4:55');

    await userEvent.type(screen.getByRole('spinbutton', { name: 'Rest after Back wheel: upper back (seconds)' }), '{Backspace}20');
    expect(totalTime()).toBe('5:15');
  });

  it('moves a step with the keyboard, keeps focus on it and announces the move', async () => {
    render(EditorScreen, { routineId: 'builtin-after-short', phase: 'after' });
    await screen.findByRole('list', { name: 'Steps' });
    expect(stepNames()).toEqual([
      'Back wheel: glutes and hips',
      'Back wheel: upper back',
      'Lying hamstring stretch',
      'Figure-four (piriformis) stretch',
    ]);

    // The "Move up" button: press it with the keyboard; focus stays on the moved step's button.
    const up = screen.getByRole('button', { name: 'Move Lying hamstring stretch up' });
    up.focus();
    await userEvent.keyboard('{Enter}');
    expect(stepNames()).toEqual([
      'Back wheel: glutes and hips',
      'Lying hamstring stretch',
      'Back wheel: upper back',
      'Figure-four (piriformis) stretch',
    ]);
    expect(screen.getByRole('button', { name: 'Move Lying hamstring stretch up' })).toHaveFocus();
    expect(screen.getByText('Moved Lying hamstring stretch to position 2 of 4.')).toBeInTheDocument();

    // Alt+ArrowDown inside a step's field moves that step; the same field keeps focus.
    const glutes = screen.getByRole('spinbutton', { name: 'Duration of Back wheel: glutes and hips (seconds)' });
    glutes.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(stepNames()).toEqual([
      'Lying hamstring stretch',
      'Back wheel: glutes and hips',
      'Back wheel: upper back',
      'Figure-four (piriformis) stretch',
    ]);
    expect(screen.getByRole('spinbutton', { name: 'Duration of Back wheel: glutes and hips (seconds)' })).toHaveFocus();
    expect(screen.getByRole('spinbutton', { name: 'Duration of Back wheel: glutes and hips (seconds)' })).toHaveValue(60);

    // At the top, "Move up" does nothing but say so.
    screen.getByRole('button', { name: 'Move Lying hamstring stretch up' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(stepNames()[0]).toBe('Lying hamstring stretch');
    expect(screen.getByText('Lying hamstring stretch is already the first step.')).toBeInTheDocument();
  });

  it('reorders by drag and drop', async () => {
    render(EditorScreen, { routineId: 'builtin-after-short', phase: 'after' });
    const list = await screen.findByRole('list', { name: 'Steps' });
    const items = within(list).getAllByRole('listitem');
    const grip = items[0]!.querySelector('[draggable="true"]')!;
    // jsdom lays nothing out: give each step a 100 px row, as the list would have on screen.
    items.forEach((item, i) => {
      item.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: i * 100, width: 600, height: 90 });
    });
    await fireEvent.dragStart(grip);
    // Over the lower half of the last step (jsdom has no DragEvent, so the pointer is a MouseEvent's).
    items[3]!.dispatchEvent(new MouseEvent('dragover', { bubbles: true, cancelable: true, clientY: 370 }));
    await tick();
    expect(items[3]).toHaveAttribute('data-drop', 'after');
    await fireEvent.drop(items[3]!);
    expect(stepNames()).toEqual([
      'Back wheel: upper back',
      'Lying hamstring stretch',
      'Figure-four (piriformis) stretch',
      'Back wheel: glutes and hips',
    ]);
  });

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
