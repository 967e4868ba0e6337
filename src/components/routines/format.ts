/** Display helpers for the routine library and editor (labels and times; no logic of their own). */
import type { OwnMovementKind, RoutinePhase } from '../../lib/routines/types';

export const PHASE_LABELS: Readonly<Record<RoutinePhase, string>> = Object.freeze({
  before: 'Before the run',
  after: 'After the run',
});

export const MOVEMENT_KIND_LABELS: Readonly<Record<OwnMovementKind, string>> = Object.freeze({
  dynamic: 'Dynamic warm-up',
  wheel: 'Back wheel',
  static: 'Static stretch',
  other: 'Other',
});

const whole = (sec: number): number => (Number.isFinite(sec) && sec > 0 ? Math.round(sec) : 0);

export { formatMinSec } from '../../lib/format/duration';

/** 515 → "8 minutes 35 seconds", for screen readers beside the m:ss figure. */
export function spokenDuration(sec: number): string {
  const s = whole(sec);
  const min = Math.floor(s / 60);
  const rest = s % 60;
  const parts: string[] = [];
  if (min > 0) parts.push(`${min} ${min === 1 ? 'minute' : 'minutes'}`);
  if (rest > 0 || min === 0) parts.push(`${rest} ${rest === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

export function stepCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'step' : 'steps'}`;
}
