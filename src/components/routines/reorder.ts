/**
 * The step list's reorder, as a Svelte action on the list: drag a step by its grip (the step
 * under the pointer shows a line where it would land), or press Alt+ArrowUp / Alt+ArrowDown
 * anywhere inside a step. Either way the move goes to `onmove`, which owns the order.
 */
import type { Action } from 'svelte/action';
import { dropTarget, slotAt, type DropSlot } from '../../lib/routines/drop-slot';

export interface ReorderOptions {
  /** Move the step at `from` to `to`; `control` names the control to focus afterwards ('step': the step itself). */
  onmove: (from: number, to: number, control: string) => void;
}

/** A step is a list item carrying its id; its grip is the one draggable element inside it. */
const STEP = 'li[data-step-id]';

function stepOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(STEP) : null;
}

export const reorder: Action<HTMLElement, ReorderOptions> = (list, initial) => {
  let options = initial;
  let carried: HTMLElement | null = null;
  let slot: DropSlot | null = null;

  const steps = (): HTMLElement[] => [...list.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(STEP));

  // The line is drawn by the step's own style from data-drop; the carried step is dimmed by data-dragging.
  function showSlot(next: DropSlot | null): void {
    slot = next;
    steps().forEach((step, index) => {
      if (next && next.index === index && step !== carried) step.dataset.drop = next.side;
      else delete step.dataset.drop;
    });
  }

  function onDragStart(event: DragEvent): void {
    const step = stepOf(event.target);
    if (!step || !(event.target instanceof Element) || !event.target.closest('[draggable="true"]')) return;
    carried = step;
    step.dataset.dragging = '';
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', step.dataset.stepId ?? '');
      event.dataTransfer.setDragImage(step, 24, 24);
    }
  }

  // Anywhere in the list, gaps included: the line is drawn in the gap, so letting go there must drop too.
  function onDragOver(event: DragEvent): void {
    if (!carried) return;
    const next = slotAt(
      event.clientY,
      steps().map((step) => step.getBoundingClientRect()),
    );
    if (!next) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (slot?.index !== next.index || slot.side !== next.side) showSlot(next);
  }

  // Leaving the list (not just moving from one step to the next): no step is where it would land.
  function onDragLeave(event: DragEvent): void {
    if (!carried) return;
    const into = event.relatedTarget;
    if (!(into instanceof Node && list.contains(into))) showSlot(null);
  }

  function onDrop(event: DragEvent): void {
    if (!carried) return;
    event.preventDefault();
    const all = steps();
    const from = all.indexOf(carried);
    const to = slot ? dropTarget(from, slot, all.length) : null;
    onDragEnd();
    if (to !== null) options.onmove(from, to, 'step');
  }

  function onDragEnd(): void {
    if (carried) delete carried.dataset.dragging;
    carried = null;
    showSlot(null);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const step = stepOf(event.target);
    if (!step) return;
    event.preventDefault();
    const index = steps().indexOf(step);
    const control = (event.target instanceof HTMLElement && event.target.dataset.control) || 'step';
    options.onmove(index, event.key === 'ArrowUp' ? index - 1 : index + 1, control);
  }

  const listeners = {
    dragstart: onDragStart,
    dragover: onDragOver,
    dragleave: onDragLeave,
    drop: onDrop,
    dragend: onDragEnd,
    keydown: onKeyDown,
  } as const;
  for (const [type, listener] of Object.entries(listeners)) list.addEventListener(type, listener as EventListener);
  return {
    update(next: ReorderOptions) {
      options = next;
    },
    destroy() {
      for (const [type, listener] of Object.entries(listeners)) list.removeEventListener(type, listener as EventListener);
    },
  };
};

/** After a move or remove: focus `control` inside the step with this id (the step itself for 'step'). */
export function focusStep(list: HTMLElement | undefined, stepId: string, control: string): void {
  const step = [...(list?.children ?? [])].find((el) => el instanceof HTMLElement && el.dataset.stepId === stepId);
  if (!(step instanceof HTMLElement)) return;
  const target = control === 'step' ? step : step.querySelector<HTMLElement>(`[data-control="${control}"]`);
  (target ?? step).focus();
}
