/**
 * Where a dragged step lands. The pointer over a step's upper half means "before it", over its
 * lower half "after it"; the step then moves to the index it will have once it has left its old place.
 */

export type DropSide = 'before' | 'after';

/** The step the pointer is over, and which side of it the dragged step would go. */
export interface DropSlot {
  index: number;
  side: DropSide;
}

/** Which half of a step (top and height in pixels) the pointer at `pointerY` is over. */
export function dropSide(pointerY: number, top: number, height: number): DropSide {
  return pointerY < top + height / 2 ? 'before' : 'after';
}

/**
 * The slot for a pointer at `pointerY` over a list of steps (each step's top and height, in order),
 * or null when there are none. Over a step, its half decides; in the gap between two steps (where
 * the line is drawn), the step above it is the one, since "after it" is the line the runner sees there.
 * Above the first step is before it; below the last, after it.
 */
export function slotAt(pointerY: number, steps: readonly { top: number; height: number }[]): DropSlot | null {
  if (steps.length === 0) return null;
  let index = 0;
  steps.forEach((step, i) => {
    if (step.top <= pointerY) index = i;
  });
  const step = steps[index]!;
  return { index, side: dropSide(pointerY, step.top, step.height) };
}

/**
 * The index the step at `from` moves to when dropped at `slot`, or null when the drop leaves the
 * order as it was (dropped onto itself or beside itself, or `from` is not in the list).
 */
export function dropTarget(from: number, slot: DropSlot, count: number): number | null {
  if (!Number.isInteger(from) || from < 0 || from >= count) return null;
  if (!Number.isInteger(slot.index) || slot.index < 0 || slot.index >= count) return null;
  // The gap between steps the dragged one goes into: 0 is before the first, count after the last.
  const gap = slot.side === 'before' ? slot.index : slot.index + 1;
  // Leaving its old place shifts every later step up by one.
  const to = gap > from ? gap - 1 : gap;
  return to === from ? null : to;
}
