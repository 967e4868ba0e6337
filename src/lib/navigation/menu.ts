/**
 * The screens, and what an app-menu command does. Before/After start Home's door for that phase,
 * as the door buttons do; the others open their screen. The one place menu commands are decided.
 */
import type { MenuCommand } from '../ipc/contract';
import type { RoutinePhase } from '../routines/types';
import type { Screen } from './screens';

/** What a menu command asks of the app. */
export type MenuAction = { kind: 'open'; screen: Screen } | { kind: 'start-door'; phase: RoutinePhase } | { kind: 'none' };

/**
 * `current` is the screen showing. A routine is not started from the menu while one is playing:
 * the player stays as it is (stopping a routine is the player's own decision, with its dialog).
 */
export function menuAction(command: MenuCommand, current: Screen['name']): MenuAction {
  switch (command) {
    case 'go-before':
    case 'go-after':
      return current === 'player' ? { kind: 'none' } : { kind: 'start-door', phase: command === 'go-before' ? 'before' : 'after' };
    case 'go-home':
      return { kind: 'open', screen: { name: 'home' } };
    case 'go-history':
      return { kind: 'open', screen: { name: 'history' } };
    case 'go-routines':
      return { kind: 'open', screen: { name: 'routines' } };
    case 'go-settings':
      return { kind: 'open', screen: { name: 'settings' } };
    // The evening reminder: a check-in on its own for today; never over a routine playing.
    case 'go-check-in':
      return current === 'player' ? { kind: 'none' } : { kind: 'open', screen: { name: 'check-in', sessionId: null } };
  }
}
