import { describe, expect, it } from 'vitest';
import { actionForKey, KEY_HELP } from '../../../../src/lib/player/keys';

describe('actionForKey', () => {
  it('maps the keys the help list names to what the help says they do', () => {
    expect(actionForKey(' ')).toBe('toggle-pause');
    expect(actionForKey('ArrowRight')).toBe('skip');
    expect(actionForKey('ArrowLeft')).toBe('back');
    expect(actionForKey('+')).toBe('add-time');
    expect(actionForKey('m')).toBe('mute');
    expect(actionForKey('M')).toBe('mute');
    expect(actionForKey('Escape')).toBe('stop');
    expect(actionForKey('F11')).toBe('focus');
    expect(actionForKey('?')).toBe('help');
    expect(actionForKey('c')).toBe('compact');
    expect(actionForKey('C')).toBe('compact');
  });

  it('names every action in the help list, so no key is a secret', () => {
    const help = KEY_HELP.map((row) => row.keys).join(' ');
    expect(help).toMatch(/\bC\b/);
    expect(KEY_HELP.find((row) => row.keys === 'C')?.does).toMatch(/^Compact player on or off/);
  });

  it('lets the media keys drive the player', () => {
    expect(actionForKey('MediaPlayPause')).toBe('toggle-pause');
    expect(actionForKey('MediaTrackNext')).toBe('skip');
    expect(actionForKey('MediaTrackPrevious')).toBe('back');
    expect(actionForKey('MediaStop')).toBe('stop');
  });

  it('does nothing for other keys, including names every object inherits', () => {
    for (const key of ['a', 'Enter', 'Tab', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(actionForKey(key), key).toBeUndefined();
    }
  });
});
