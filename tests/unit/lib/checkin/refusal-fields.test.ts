import { describe, expect, it } from 'vitest';
import { isRunField, refusalFields } from '../../../../src/lib/checkin/refusal-fields';

describe('refusalFields', () => {
  it('puts a refusal beside pain now, the day and the run fields of a stand-alone run', () => {
    expect(refusalFields('run', true)).toEqual(['painNow', 'day', 'distance', 'duration']);
  });

  it('leaves out the run fields on a day without a run, as they are not shown', () => {
    expect(refusalFields('rest', true)).toEqual(['painNow', 'day']);
    expect(refusalFields('cross', true)).toEqual(['painNow', 'day']);
  });

  it('leaves out the day for a session’s check-in, which has no day field', () => {
    expect(refusalFields('run', false)).toEqual(['painNow', 'distance', 'duration']);
    expect(refusalFields('rest', false)).toEqual(['painNow']);
  });
});

describe('isRunField', () => {
  it('is true for distance and time only', () => {
    expect(['painNow', 'day', 'distance', 'duration'].filter((f) => isRunField(f as never))).toEqual(['distance', 'duration']);
  });
});
