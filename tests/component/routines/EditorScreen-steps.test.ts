// EditorScreen: the steps as they are edited, timed and put in order (keys and drag and drop).
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import EditorScreen from '../../../src/components/routines/EditorScreen.svelte';
import { stepNames, totalTime, useEditorScreen } from './editor-harness';

useEditorScreen();

describe('EditorScreen steps', () => {
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

  it('hides the drop line when the pointer leaves the step list mid-drag, not when it moves between steps', async () => {
    render(EditorScreen, { routineId: 'builtin-after-short', phase: 'after' });
    const list = await screen.findByRole('list', { name: 'Steps' });
    const items = within(list).getAllByRole('listitem');
    items.forEach((item, i) => {
      item.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: i * 100, width: 600, height: 90 });
    });
    await fireEvent.dragStart(items[0]!.querySelector('[draggable="true"]')!);
    items[2]!.dispatchEvent(new MouseEvent('dragover', { bubbles: true, cancelable: true, clientY: 220 }));
    await tick();
    expect(items[2]).toHaveAttribute('data-drop', 'before');

    // From one step into the next: still over the list, the line stays.
    items[2]!.dispatchEvent(new MouseEvent('dragleave', { bubbles: true, relatedTarget: items[3]! }));
    await tick();
    expect(items[2]).toHaveAttribute('data-drop', 'before');

    // Out of the list: no step shows where it would land.
    list.dispatchEvent(new MouseEvent('dragleave', { bubbles: true, relatedTarget: document.body }));
    await tick();
    expect(list.querySelectorAll('[data-drop]')).toHaveLength(0);
  });
});
