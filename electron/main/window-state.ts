/** Remembering the window's size and position, clamped to a display that still exists. */
import { errorMessage } from '../../src/lib/errors';
import { storedVersion, type DocStore } from './store/doc-store';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowStateDoc {
  schemaVersion: number;
  bounds: WindowBounds | null;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowStateDoc = { schemaVersion: 1, bounds: null, maximized: false };
/** The smallest window whose page (about 800×600 once a title bar is taken off) still holds the whole player. */
export const MIN_WINDOW = { width: 800, height: 640 };
/** First-launch size: roomy, yet inside a 1366×768 laptop's work area (about 1366×728 after the taskbar). */
const PREFERRED_WINDOW = { width: 1280, height: 728 };

/** The first window, centred on the work area and never larger than it. */
export function defaultBounds(workArea: WindowBounds): WindowBounds {
  const width = Math.max(MIN_WINDOW.width, Math.min(PREFERRED_WINDOW.width, workArea.width));
  const height = Math.max(MIN_WINDOW.height, Math.min(PREFERRED_WINDOW.height, workArea.height));
  return {
    x: workArea.x + Math.max(0, Math.round((workArea.width - width) / 2)),
    y: workArea.y + Math.max(0, Math.round((workArea.height - height) / 2)),
    width,
    height,
  };
}

export function parseWindowState(raw: Record<string, unknown>): WindowStateDoc {
  storedVersion(raw, 1);
  const b = raw.bounds as Partial<WindowBounds> | null | undefined;
  const valid = !!b && [b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n));
  return {
    schemaVersion: 1,
    bounds: valid ? (b as WindowBounds) : null,
    maximized: raw.maximized === true,
  };
}

/** Saves the window's state on close; a failure (read-only data) is logged, never thrown from the close handler. */
export function saveWindowState(store: Pick<DocStore<WindowStateDoc>, 'write'>, doc: WindowStateDoc): boolean {
  try {
    store.write(doc);
    return true;
  } catch (error) {
    console.warn('[window] the window position could not be saved', errorMessage(error));
    return false;
  }
}

/** Saved bounds if they still overlap a display's work area by a usable amount; otherwise none. */
export function restorableBounds(saved: WindowBounds | null, workAreas: WindowBounds[]): WindowBounds | null {
  if (!saved) return null;
  const visible = workAreas.some((area) => {
    const overlapW = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapH = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return overlapW >= 100 && overlapH >= 100;
  });
  if (!visible) return null;
  return {
    ...saved,
    width: Math.max(saved.width, MIN_WINDOW.width),
    height: Math.max(saved.height, MIN_WINDOW.height),
  };
}
