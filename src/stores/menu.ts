/** Carries out an app-menu command; what it means is decided by menuAction (src/lib/navigation/menu.ts). */
import type { MenuCommand } from '../lib/ipc/contract';
import { menuAction } from '../lib/navigation/menu';
import { startDoor } from './doors';
import { go, navigation } from './navigation.svelte';

export function followMenuCommand(command: MenuCommand): void {
  const action = menuAction(command, navigation.screen.name);
  if (action.kind === 'start-door') void startDoor(action.phase);
  else if (action.kind === 'open') go(action.screen);
}
