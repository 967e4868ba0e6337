/**
 * Leaving the check-in without saving. Straight after a routine (or from a routine's session that
 * has no check-in yet) the check-in is optional: "Skip check-in" goes Home. Otherwise the runner
 * came from History (a check-in of its own, or editing one), and "Cancel" goes back there.
 */
import type { Screen } from './screens';

export interface CheckInExit {
  label: 'Skip check-in' | 'Cancel';
  to: Screen;
}

export function checkInExit(from: {
  /** The session already has a check-in being changed. */
  editing: boolean;
  /** The check-in follows a post-run routine just finished or stopped. */
  afterRoutine: boolean;
  /** The check-in is for a routine's session rather than a day on its own. */
  forSession: boolean;
}): CheckInExit {
  const skippable = !from.editing && (from.afterRoutine || from.forSession);
  return skippable ? { label: 'Skip check-in', to: { name: 'home' } } : { label: 'Cancel', to: { name: 'history' } };
}
