import { describe, expect, it } from 'vitest';
import { compactBounds } from '../../../../electron/main/compact-bounds';
import { COMPACT_WINDOW } from '../../../../src/lib/player/compact';

describe('the compact player window', () => {
  it('sits in the bottom-right corner of the work area, clear of the taskbar', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    expect(compactBounds(laptop, COMPACT_WINDOW)).toEqual({ x: 1366 - 420 - 16, y: 728 - 300 - 16, width: 420, height: 300 });
  });

  it('goes to the corner of the display the window was on, a second display to the left too', () => {
    const left = { x: -1280, y: 40, width: 1280, height: 984 };
    expect(compactBounds(left, COMPACT_WINDOW)).toEqual({ x: -1280 + 1280 - 420 - 16, y: 40 + 984 - 300 - 16, width: 420, height: 300 });
  });

  it('never reaches outside a work area smaller than itself', () => {
    expect(compactBounds({ x: 10, y: 20, width: 400, height: 250 }, COMPACT_WINDOW)).toEqual({ x: 10, y: 20, width: 400, height: 250 });
    expect(compactBounds({ x: 0, y: 0, width: 430, height: 310 }, COMPACT_WINDOW)).toEqual({ x: 0, y: 0, width: 420, height: 300 });
  });
});
