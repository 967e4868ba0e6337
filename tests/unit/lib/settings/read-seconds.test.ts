import { describe, expect, it } from 'vitest';
import { readSeconds } from '../../../../src/lib/settings/read-seconds';

describe('readSeconds', () => {
  it('refuses an empty or fractional value instead of reading it as 0', () => {
    expect(readSeconds('')).toEqual({ ok: false, message: 'Type a number of seconds.' });
    expect(readSeconds('2.5')).toEqual({ ok: false, message: 'Whole seconds, please.' });
    expect(readSeconds('   ')).toEqual({ ok: false, message: 'Type a number of seconds.' });
    expect(readSeconds('-3')).toEqual({ ok: true, value: -3 }); // the range is main's to refuse, in its words
    expect(readSeconds(' 99 ')).toEqual({ ok: true, value: 99 });
  });
});
