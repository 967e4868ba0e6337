/**
 * The compact player: main shrinks the window to a corner and keeps it on top, the player shows
 * only the countdown, the movement and Next. Left when the runner asks, and whenever the player goes.
 */
import { api } from '../lib/ipc/api';
import { focus, leaveFocus } from './focus.svelte';

export const compact = $state({ active: false });

/** Turn the compact player on or off; the window changes first, then the layout follows it. */
export async function setCompact(on: boolean): Promise<void> {
  if (on === compact.active) return;
  // A full-screen window cannot also be a small one on top.
  if (on && focus.active) await leaveFocus();
  await api.setCompactPlayer({ on });
  compact.active = on;
}

export function toggleCompact(): Promise<void> {
  return setCompact(!compact.active);
}
