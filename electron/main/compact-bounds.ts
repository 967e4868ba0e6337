/** Where the compact player goes: pure, so that its placement is tested without Electron. */
import type { WindowBounds } from './window-state';

/** Space left between the compact window and the work area's edges. */
const MARGIN = 16;

/** The bottom-right corner of the work area (clear of the taskbar), never outside it; smaller only if the area is. */
export function compactBounds(workArea: WindowBounds, size: { width: number; height: number }): WindowBounds {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: workArea.x + Math.max(0, workArea.width - width - MARGIN),
    y: workArea.y + Math.max(0, workArea.height - height - MARGIN),
    width,
    height,
  };
}
