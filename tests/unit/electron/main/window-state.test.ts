import { describe, expect, it } from 'vitest';
import { defaultBounds, parseWindowState, restorableBounds } from '../../../../electron/main/window-state';
import { resolveDataDir } from '../../../../electron/main/data-dir';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('restores bounds that are on a display', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1000, height: 700 }, [screen])).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });
  it('forgets bounds on a display that is gone', () => {
    expect(restorableBounds({ x: 2500, y: 80, width: 1000, height: 700 }, [screen])).toBeNull();
  });
  it('forgets a window left with less than a 100-pixel strip on a display, so it cannot be lost off the edge', () => {
    // Dragged right until only a sliver shows, then the screen was unplugged: no title bar left to grab.
    expect(restorableBounds({ x: 1821, y: 80, width: 1000, height: 700 }, [screen])).toBeNull();
    expect(restorableBounds({ x: 100, y: 981, width: 1000, height: 700 }, [screen])).toBeNull();
    expect(restorableBounds({ x: 1820, y: 80, width: 1000, height: 700 }, [screen])).toMatchObject({ x: 1820 });
    expect(restorableBounds({ x: 100, y: 980, width: 1000, height: 700 }, [screen])).toMatchObject({ y: 980 });
  });
  it('restores a window on a second display to its left', () => {
    const left = { x: -1280, y: 0, width: 1280, height: 1024 };
    expect(restorableBounds({ x: -1200, y: 40, width: 900, height: 700 }, [screen, left])).toMatchObject({ x: -1200 });
    expect(restorableBounds({ x: -1200, y: 40, width: 900, height: 700 }, [screen])).toBeNull();
  });
  it('never restores a window smaller than the minimum', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 200, height: 150 }, [screen])).toMatchObject({ width: 800, height: 640 });
  });
  it('opens the first window inside a 1366×768 laptop work area, centred', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    const bounds = defaultBounds(laptop);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.y).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1366);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(728);
    expect(bounds.width).toBeGreaterThanOrEqual(1200);
  });
  it('opens at its preferred size on a large screen, and never below the minimum on a tiny one', () => {
    expect(defaultBounds(screen)).toMatchObject({ width: 1280, height: 728 });
    expect(defaultBounds({ x: 0, y: 0, width: 640, height: 480 })).toMatchObject({ width: 800, height: 640 });
  });
  it('reads a damaged state file as no saved bounds', () => {
    expect(parseWindowState({ bounds: { x: 'a' }, maximized: 'yes' })).toEqual({ schemaVersion: 1, bounds: null, maximized: false });
  });
});

describe('data directory', () => {
  it('uses BACKSTRIDE_DATA_DIR when set, else the user-data folder', () => {
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '/tmp/portable' }, '/home/r/.config/Backstride')).toBe('/tmp/portable');
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '  ' }, '/home/r/.config/Backstride')).toBe('/home/r/.config/Backstride');
    expect(resolveDataDir({}, '/home/r/.config/Backstride')).toBe('/home/r/.config/Backstride');
  });
});
