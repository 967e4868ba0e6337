// The navigation store and the app menu as a runner meets them: which screen is open after a click
// or a menu command, and when a screen with unsaved changes holds the runner back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePlayer, player } from '../../../src/stores/player.svelte';
import { followMenuCommand } from '../../../src/stores/menu';
import { go, guardWindowClose, navigation, setLeaveGuard, type Screen } from '../../../src/stores/navigation.svelte';
import { loadRoutines } from '../../../src/stores/routines.svelte';
import { loadSettings, updateSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  await loadRoutines();
  setLeaveGuard(null);
  navigation.screen = { name: 'home' };
});
afterEach(() => {
  closePlayer();
  setLeaveGuard(null);
  bridge.uninstall();
  temp.cleanup();
});

/** A screen with unsaved changes: it holds every departure back and remembers where the runner was going. */
function unsavedScreen(): Screen[] {
  const asked: Screen[] = [];
  setLeaveGuard((next) => {
    asked.push(next);
    return false;
  });
  return asked;
}

describe('navigation', () => {
  it('opens the screen asked for', () => {
    go({ name: 'history' });
    expect(navigation.screen).toEqual({ name: 'history' });
    go({ name: 'editor', routineId: null, phase: 'after' });
    expect(navigation.screen).toEqual({ name: 'editor', routineId: null, phase: 'after' });
  });

  it('stays on a screen with unsaved changes until its question is answered', () => {
    go({ name: 'routines' });
    const asked = unsavedScreen();
    go({ name: 'settings' });
    expect(navigation.screen).toEqual({ name: 'routines' });
    expect(asked).toEqual([{ name: 'settings' }]);
  });

  it('asks only once: after the runner lets a screen go, the next screen opens freely', () => {
    let asked = 0;
    setLeaveGuard(() => {
      asked++;
      return true;
    });
    go({ name: 'history' });
    go({ name: 'settings' });
    expect(navigation.screen).toEqual({ name: 'settings' });
    expect(asked).toBe(1);
  });

  it('holds the window open while there are unsaved changes, and not after', () => {
    let unsaved = true;
    const remove = guardWindowClose(() => unsaved);
    const close = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(close()).toBe(true);
    unsaved = false;
    expect(close()).toBe(false);
    unsaved = true;
    remove();
    expect(close()).toBe(false);
  });
});

describe('app menu', () => {
  it('opens History, Routines, Settings and Home', () => {
    followMenuCommand('go-history');
    expect(navigation.screen).toEqual({ name: 'history' });
    followMenuCommand('go-routines');
    expect(navigation.screen).toEqual({ name: 'routines' });
    followMenuCommand('go-settings');
    expect(navigation.screen).toEqual({ name: 'settings' });
    followMenuCommand('go-home');
    expect(navigation.screen).toEqual({ name: 'home' });
  });

  it('starts the routine chosen for Home’s Before door', async () => {
    expect(await updateSettings({ doorRoutineIds: { before: 'builtin-before-short' } })).toBe(true);
    followMenuCommand('go-before');
    await expect.poll(() => navigation.screen).toEqual({ name: 'player' });
    expect(player.routine?.id).toBe('builtin-before-short');
  });

  it('leaves a playing routine alone when After is chosen', async () => {
    followMenuCommand('go-before');
    await expect.poll(() => navigation.screen.name).toBe('player');
    const playing = player.routine?.id;
    followMenuCommand('go-after');
    await Promise.resolve();
    expect(navigation.screen).toEqual({ name: 'player' });
    expect(player.routine?.id).toBe(playing);
    expect(player.routine?.phase).toBe('before');
  });

  it('does not leave unsaved changes behind without asking', () => {
    go({ name: 'editor', routineId: null, phase: 'before' });
    const asked = unsavedScreen();
    followMenuCommand('go-history');
    expect(navigation.screen.name).toBe('editor');
    expect(asked).toEqual([{ name: 'history' }]);
  });
});
