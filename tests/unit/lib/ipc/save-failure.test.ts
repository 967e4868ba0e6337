/** A refused save is recognised by its code and told in words that say the entry is kept and what to do. */
import { describe, expect, it } from 'vitest';
import { IpcCallError } from '../../../../src/lib/ipc/api';
import { notSavedText, saveFailureOf } from '../../../../src/lib/ipc/save-failure';

describe('saveFailureOf', () => {
  it('gives the code of each disk failure main reports', () => {
    for (const code of ['disk-full', 'read-only', 'io-error'] as const) {
      expect(saveFailureOf(new IpcCallError(code, 'x'))).toBe(code);
    }
  });

  it('is null for every other refusal and for errors that did not come from main', () => {
    expect(saveFailureOf(new IpcCallError('invalid-argument', 'Distance must be greater than 0.'))).toBeNull();
    expect(saveFailureOf(new IpcCallError('internal', 'disk-full'))).toBeNull();
    expect(saveFailureOf(Object.assign(new Error('disk-full'), { code: 'disk-full' }))).toBeNull();
    expect(saveFailureOf('disk-full')).toBeNull();
  });
});

describe('notSavedText', () => {
  it('says what happened, that the entry is kept, and what to do, for each failure', () => {
    expect(notSavedText('disk-full')).toBe('the disk is full. Your entry is kept; free some space and press Retry.');
    expect(notSavedText('read-only')).toBe(
      'Backstride’s data folder cannot be written to. Your entry is kept; make the folder writable and press Retry.',
    );
    expect(notSavedText('io-error')).toBe('the disk reported an error while saving. Your entry is kept; press Retry.');
  });
});
