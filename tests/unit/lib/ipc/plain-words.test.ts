import { describe, expect, it } from 'vitest';
import { IpcCallError } from '../../../../src/lib/ipc/api';
import { plainRefusal, splitRefusal, SOMETHING_WENT_WRONG } from '../../../../src/lib/ipc/plain-words';
import { SETTING_WORDS } from '../../../../src/lib/settings/field-words';

describe('splitRefusal', () => {
  it('drops the channel and splits main’s field problems', () => {
    expect(splitRefusal('settings:update: getReadySec: Get-ready is at most 60 seconds.; cues.toneVolume: Volume is from 0 to 1.')).toEqual({
      problems: [
        { path: 'getReadySec', message: 'Get-ready is at most 60 seconds.' },
        { path: 'cues.toneVolume', message: 'Volume is from 0 to 1.' },
      ],
      other: null,
    });
    expect(splitRefusal('sessions:save-check-in: checkIn.locations.2: not a place').problems[0]!.path).toBe('checkIn.locations');
    expect(splitRefusal('There is no readable backup from 2026-11-01.')).toEqual({ problems: [], other: 'There is no readable backup from 2026-11-01.' });
  });
});

describe('plainRefusal', () => {
  it('says a refused setting in the screen’s words, never the channel or the path', () => {
    const text = plainRefusal(new IpcCallError('invalid-argument', 'settings:update: getReadySec: Get-ready is at most 60 seconds.'), SETTING_WORDS);
    expect(text).toBe('Get-ready countdown: Get-ready is at most 60 seconds.');
  });

  it('shows an app failure only in general words (no channel, no data URL)', () => {
    const crash = new IpcCallError('internal', 'history:save-doctor-summary: something went wrong in the app (Failed to load data:text/html;base64,PGh0bWw+).');
    expect(plainRefusal(crash)).toBe(SOMETHING_WENT_WRONG);
    expect(plainRefusal(new Error('printing failed for data:text/html;base64,AAAA'))).not.toMatch(/data:/);
  });
});
