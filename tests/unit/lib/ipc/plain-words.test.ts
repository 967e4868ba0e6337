import { describe, expect, it } from 'vitest';
import { IpcCallError } from '../../../../src/lib/ipc/api';
import { issuesOf, plainRefusal, SOMETHING_WENT_WRONG } from '../../../../src/lib/ipc/plain-words';

describe('plainRefusal', () => {
  it('says refused values from their issues in the screen’s words, never the path', () => {
    const refusal = new IpcCallError('invalid-argument', 'Get-ready countdown: Get-ready is at most 60 seconds.', [
      { path: 'getReadySec', message: 'Get-ready is at most 60 seconds.' },
      { path: 'checkIn.durationSec', message: 'is required' },
    ]);
    expect(plainRefusal(refusal)).toBe('Get-ready countdown: Get-ready is at most 60 seconds. Time is required.');
    expect(issuesOf(refusal)).toHaveLength(2);
  });

  it('says a refusal without issues as main put it', () => {
    expect(plainRefusal(new IpcCallError('not-found', 'There is no readable backup from 2026-11-01.'))).toBe(
      'There is no readable backup from 2026-11-01.',
    );
    expect(issuesOf(new Error('x'))).toEqual([]);
  });

  it('shows an app failure only in general words (no channel, no data URL)', () => {
    const crash = new IpcCallError(
      'internal',
      'history:save-doctor-summary: something went wrong in the app (Failed to load data:text/html;base64,PGh0bWw+).',
    );
    expect(plainRefusal(crash)).toBe(SOMETHING_WENT_WRONG);
    expect(plainRefusal(new Error('printing failed for data:text/html;base64,AAAA'))).not.toMatch(/data:/);
  });

  it('puts "(file contents)" where a data URL was, all of it, and keeps the words around it', () => {
    expect(plainRefusal(new Error('The picture (data:image/png;base64,iVBORw0KGgo) could not be read.'))).toBe(
      'The picture ((file contents)) could not be read.',
    );
  });

  it('never shows an empty message', () => {
    expect(plainRefusal(new Error(''))).toBe(SOMETHING_WENT_WRONG);
  });
});
