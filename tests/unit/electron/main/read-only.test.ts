/**
 * A data folder nobody here can write into (even root cannot create files in /sys): the app opens
 * with a plain notice, the data-folder lock does not stop it, and saving the window position on
 * close reports failure instead of throwing.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../../../electron/main/data-lock';
import { canWriteIn, openAppData } from '../../../../electron/main/startup';
import { DEFAULT_WINDOW_STATE, saveWindowState } from '../../../../electron/main/window-state';
import { confBackend } from '../../../support/conf-backend';

const READ_ONLY = '/sys';
const unwritable = fs.existsSync(READ_ONLY) && !canWriteIn(READ_ONLY);

describe.skipIf(!unwritable)('a read-only data folder', () => {
  it('opens with a notice that nothing can be saved, and the lock lets it run', () => {
    const lock = lockDataDir(READ_ONLY);
    expect(lock.ok).toBe(true);
    const stores = openAppData(confBackend(READ_ONLY), READ_ONLY, () => new Date('2026-11-26T08:00:00Z'));
    expect(stores.issues).toEqual([
      { store: 'data-folder', problem: 'nothing can be saved in /sys (the folder is read-only)', movedTo: null },
    ]);
  });

  it('saving the window position on close does not throw', () => {
    const stores = openAppData(confBackend(READ_ONLY), READ_ONLY, () => new Date('2026-11-26T08:00:00Z'));
    let saved: boolean | undefined;
    expect(() => (saved = saveWindowState(stores.windowState, { ...DEFAULT_WINDOW_STATE, maximized: true }))).not.toThrow();
    expect(saved).toBe(false);
  });
});
