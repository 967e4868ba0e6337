/** What the player says and shows at each change: plain phrases, built from the plan. */
import type { Segment, Side, StepSegment, TimerEvent } from './types';
import { formatMinSec } from '../format/duration';

export type MovementName = (movementId: string) => string;

export function sideLabel(side: Side | null): string {
  return side === 'left' ? 'left side' : side === 'right' ? 'right side' : '';
}

/** "Hamstring stretch, left side" — a step as one phrase. */
export function stepPhrase(step: Pick<StepSegment, 'movementId' | 'side'>, nameOf: MovementName): string {
  const side = sideLabel(step.side);
  return side ? `${nameOf(step.movementId)}, ${side}` : nameOf(step.movementId);
}

/** The headline of a segment on screen ("Get ready", "Switch sides", the movement's name). */
export function segmentTitle(segment: Segment, nameOf: MovementName): string {
  switch (segment.kind) {
    case 'get-ready':
      return 'Get ready';
    case 'switch-sides':
      return 'Switch sides';
    case 'rest':
      return 'Rest';
    case 'step':
      return nameOf(segment.movementId);
  }
}

/**
 * The spoken cue for an event, or null for events that only get a tone.
 * `next` is the step after the segment that just started (for gaps: the one coming up).
 */
export function spokenCue(event: TimerEvent, next: StepSegment | null, nameOf: MovementName): string | null {
  if (event.type === 'done') return 'Routine complete. Well done.';
  if (event.type === 'countdown') return null;
  const segment = event.segment;
  switch (segment.kind) {
    case 'get-ready':
      return next ? `Get ready. First: ${stepPhrase(next, nameOf)}` : 'Get ready';
    case 'switch-sides':
      return 'Switch sides: right side';
    case 'rest':
      return next ? `Rest. Next: ${stepPhrase(next, nameOf)}` : 'Rest';
    case 'step':
      return stepPhrase(segment, nameOf);
  }
}

/** mm:ss, rounding up so the display shows 0:01 until the very end. */
export function formatCountdown(remainingMs: number): string {
  return formatMinSec(Math.ceil(remainingMs / 1000));
}
