import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../src/lib/ipc/contract';
import { menuAction } from '../../../../src/lib/navigation/menu';

describe('app-menu commands', () => {
  it('opens the screen each Go command names', () => {
    const opened = (command: MenuCommand) => menuAction(command, 'home');
    expect(opened('go-home')).toEqual({ kind: 'open', screen: { name: 'home' } });
    expect(opened('go-history')).toEqual({ kind: 'open', screen: { name: 'history' } });
    expect(opened('go-routines')).toEqual({ kind: 'open', screen: { name: 'routines' } });
    expect(opened('go-settings')).toEqual({ kind: 'open', screen: { name: 'settings' } });
  });

  it('starts the routine on the Before or After door, from any screen but the player', () => {
    expect(menuAction('go-before', 'home')).toEqual({ kind: 'start-door', phase: 'before' });
    expect(menuAction('go-after', 'history')).toEqual({ kind: 'start-door', phase: 'after' });
    expect(menuAction('go-after', 'editor')).toEqual({ kind: 'start-door', phase: 'after' });
  });

  it('leaves a playing routine alone when Before or After is chosen', () => {
    expect(menuAction('go-before', 'player')).toEqual({ kind: 'none' });
    expect(menuAction('go-after', 'player')).toEqual({ kind: 'none' });
  });

  it('opens a check-in of its own for a clicked evening reminder, but not over a playing routine', () => {
    expect(menuAction('go-check-in', 'home')).toEqual({ kind: 'open', screen: { name: 'check-in', sessionId: null } });
    expect(menuAction('go-check-in', 'player')).toEqual({ kind: 'none' });
  });

  it('opens the other screens from the player too, as it did before', () => {
    expect(menuAction('go-home', 'player')).toEqual({ kind: 'open', screen: { name: 'home' } });
  });
});
