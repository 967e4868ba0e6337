/** Which screen is showing. One $state object, mutated by go(). */
import type { MenuCommand } from '../lib/ipc/contract';

export type Screen =
  | { name: 'home' }
  | { name: 'routines' }
  | { name: 'history' }
  | { name: 'settings' };

export const navigation = $state<{ screen: Screen }>({ screen: { name: 'home' } });

export function go(screen: Screen): void {
  navigation.screen = screen;
}

/** What each app-menu command opens. */
export function screenForMenuCommand(command: MenuCommand): Screen {
  switch (command) {
    case 'go-home':
    case 'go-before':
    case 'go-after':
      return { name: 'home' };
    case 'go-history':
      return { name: 'history' };
    case 'go-routines':
      return { name: 'routines' };
    case 'go-settings':
      return { name: 'settings' };
  }
}
