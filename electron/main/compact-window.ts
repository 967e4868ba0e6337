/**
 * The compact player's window: shrunk to a corner and kept on top, then put back exactly as it
 * was. The size from before is kept here, so the compact size is never saved as the runner's own.
 */
import { screen, type BrowserWindow } from 'electron';
import { COMPACT_WINDOW } from '../../src/lib/player/compact';
import { compactBounds } from './compact-bounds';
import type { WindowBounds } from './window-state';

interface BeforeCompact {
  bounds: WindowBounds;
  maximized: boolean;
  minimum: [number, number];
}

const before = new WeakMap<BrowserWindow, BeforeCompact>();

export function setCompactWindow(win: BrowserWindow, on: boolean): void {
  if (win.isDestroyed() || on === before.has(win)) return;
  if (on) {
    const state: BeforeCompact = {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      minimum: win.getMinimumSize() as [number, number],
    };
    before.set(win, state);
    if (state.maximized) win.unmaximize();
    win.setMinimumSize(COMPACT_WINDOW.width, COMPACT_WINDOW.height);
    win.setBounds(compactBounds(screen.getDisplayMatching(state.bounds).workArea, COMPACT_WINDOW));
    // 'floating' keeps it above ordinary windows without covering the system's own (menus, dock).
    win.setAlwaysOnTop(true, 'floating');
    return;
  }
  const state = before.get(win)!;
  before.delete(win);
  win.setAlwaysOnTop(false);
  win.setMinimumSize(...state.minimum);
  win.setBounds(state.bounds);
  if (state.maximized) win.maximize();
}

/** The window's own size and state while it is compact (to save on close); null when it is not compact. */
export function stateBeforeCompact(win: BrowserWindow): { bounds: WindowBounds; maximized: boolean } | null {
  const state = before.get(win);
  return state ? { bounds: state.bounds, maximized: state.maximized } : null;
}
