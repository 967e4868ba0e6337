/** The window's side of the compact player, over a recording BrowserWindow (Electron's screen stood in). */
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  screen: { getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
}));

const { setCompactWindow, stateBeforeCompact } = await import('../../../../electron/main/compact-window');

type Bounds = { x: number; y: number; width: number; height: number };

function fakeWindow(bounds: Bounds, maximized = false) {
  const calls: unknown[][] = [];
  const win = {
    bounds,
    maximized,
    minimum: [800, 640] as [number, number],
    onTop: false,
    calls,
    isDestroyed: () => false,
    getNormalBounds: () => ({ ...win.bounds }),
    isMaximized: () => win.maximized,
    getMinimumSize: () => [...win.minimum],
    unmaximize: () => void (calls.push(['unmaximize']), (win.maximized = false)),
    maximize: () => void (calls.push(['maximize']), (win.maximized = true)),
    setMinimumSize: (w: number, h: number) => void (calls.push(['setMinimumSize', w, h]), (win.minimum = [w, h])),
    setBounds: (b: Bounds) => void (calls.push(['setBounds', b]), (win.bounds = b)),
    setAlwaysOnTop: (...args: unknown[]) => void (calls.push(['setAlwaysOnTop', ...args]), (win.onTop = args[0] as boolean)),
  };
  return win;
}

const asWindow = (win: ReturnType<typeof fakeWindow>) => win as unknown as Parameters<typeof setCompactWindow>[0];

describe('the compact player window', () => {
  it('shrinks to the corner on top, then comes back to the size, place and minimum it had', () => {
    const win = fakeWindow({ x: 100, y: 50, width: 1200, height: 700 });
    setCompactWindow(asWindow(win), true);
    expect(win.bounds).toEqual({ x: 1920 - 420 - 16, y: 1040 - 300 - 16, width: 420, height: 300 });
    expect(win.calls).toContainEqual(['setAlwaysOnTop', true, 'floating']);
    expect(win.minimum).toEqual([420, 300]);
    // Saved on close while compact: the runner's own size, never the compact one.
    expect(stateBeforeCompact(asWindow(win))).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: false });

    setCompactWindow(asWindow(win), false);
    expect(win.bounds).toEqual({ x: 100, y: 50, width: 1200, height: 700 });
    expect(win.onTop).toBe(false);
    expect(win.minimum).toEqual([800, 640]);
    expect(stateBeforeCompact(asWindow(win))).toBeNull();
  });

  it('puts a maximised window back maximised', () => {
    const win = fakeWindow({ x: 0, y: 0, width: 1280, height: 728 }, true);
    setCompactWindow(asWindow(win), true);
    expect(win.maximized).toBe(false);
    expect(stateBeforeCompact(asWindow(win))?.maximized).toBe(true);
    setCompactWindow(asWindow(win), false);
    expect(win.maximized).toBe(true);
  });

  it('does nothing when asked for the state it is already in (a second "on" keeps the first size)', () => {
    const win = fakeWindow({ x: 100, y: 50, width: 1200, height: 700 });
    setCompactWindow(asWindow(win), false);
    expect(win.calls).toEqual([]);
    setCompactWindow(asWindow(win), true);
    const count = win.calls.length;
    setCompactWindow(asWindow(win), true);
    expect(win.calls.length).toBe(count);
    setCompactWindow(asWindow(win), false);
    expect(win.bounds).toEqual({ x: 100, y: 50, width: 1200, height: 700 });
  });
});
