/** errorMessage: what a runner or a log reads when something was thrown. */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/lib/errors';

describe('errorMessage', () => {
  it('gives an Error’s message without its type name', () => {
    expect(errorMessage(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(errorMessage(new TypeError('x is not a function'))).toBe('x is not a function');
  });

  it('gives a thrown string as it is, and other values as text', () => {
    expect(errorMessage('the file is gone')).toBe('the file is gone');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
  });

  it('does not throw for a value that cannot become text', () => {
    expect(errorMessage(Object.create(null))).toBe('an error that cannot be shown as text');
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(errorMessage(hostile)).toBe('an error that cannot be shown as text');
  });
});
