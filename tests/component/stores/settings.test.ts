// Two changes in one settings group made before main answers the first: both must be kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/lib/settings/defaults';
import { completed, loadSettings, settingsState, updateSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;
beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

describe('settings store', () => {
  it('keeps both Home doors when they are changed one right after the other', async () => {
    const routines = await bridge.main.invoke('routines:list');
    const ids = routines.ok ? (routines.value as { id: string }[]).map((r) => r.id) : [];
    const [before, after] = [ids.find((id) => id === 'builtin-before-short'), ids.find((id) => id === 'builtin-after-short')];
    expect(before && after).toBeTruthy();
    // Not awaited in between: the second is asked for while the first is still on its way to main.
    const first = updateSettings({ doorRoutineIds: { before } });
    const second = updateSettings({ doorRoutineIds: { after } });
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(settingsState.settings.doorRoutineIds).toEqual({ before, after });
    const stored = await bridge.main.invoke('settings:get');
    expect(stored.ok && (stored.value as typeof DEFAULT_SETTINGS).doorRoutineIds).toEqual({ before, after });
  });

  it('keeps two cue boxes changed in quick succession', async () => {
    await Promise.all([updateSettings({ cues: { tones: false } }), updateSettings({ cues: { voice: false } })]);
    const stored = await bridge.main.invoke('settings:get');
    expect(stored.ok && (stored.value as typeof DEFAULT_SETTINGS).cues).toMatchObject({ tones: false, voice: false });
  });

  it('keeps a refusal beside the field that shows it, and says any other in words without its key', async () => {
    expect(await updateSettings({ getReadySec: 99, weekStartDay: 9 as never })).toBe(false);
    expect(settingsState.fieldErrors).toEqual({ getReadySec: 'Get-ready is at most 60 seconds.' });
    expect(settingsState.error).toBe('Week starts on: The week starts on a day from 0 (Sunday) to 6 (Saturday).');
    // A later change of that field clears its message; the stored settings never took the refused values.
    expect(await updateSettings({ getReadySec: 10 })).toBe(true);
    expect(settingsState.fieldErrors).toEqual({});
    expect(settingsState.error).toBeNull();
    expect(settingsState.settings).toMatchObject({ getReadySec: 10, weekStartDay: DEFAULT_SETTINGS.weekStartDay });
  });

  it('fills a nested change in from the current settings and leaves whole values alone', () => {
    const current = structuredClone(DEFAULT_SETTINGS);
    expect(completed({ cues: { halfway: false }, getReadySec: 8 }, current)).toEqual({
      cues: { ...current.cues, halfway: false },
      getReadySec: 8,
    });
  });
});
