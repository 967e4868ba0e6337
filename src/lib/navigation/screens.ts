/** The app's screens, as navigation names them. */
import type { RoutinePhase } from '../routines/types';

export type Screen =
  | { name: 'home' }
  | { name: 'routines' }
  /** routineId null: a new routine for that phase. */
  | { name: 'editor'; routineId: string | null; phase: RoutinePhase }
  | { name: 'player' }
  /**
   * sessionId: the routine session to attach to; null: a check-in on its own (rest day, run without routine).
   * afterRoutine: it follows a post-run routine (finished or stopped), so it can be skipped for Home.
   * localDate: the day a new stand-alone check-in starts dated (an empty calendar day); left out, today.
   */
  | { name: 'check-in'; sessionId: string | null; afterRoutine?: boolean; localDate?: string }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'setup' };
