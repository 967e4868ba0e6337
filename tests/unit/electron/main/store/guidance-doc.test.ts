import { describe, expect, it } from 'vitest';
import { parseGuidanceDoc } from '../../../../../electron/main/store/guidance-doc';

describe('the guidance file as read back', () => {
  it('keeps a dismissal dated by a real day and drops any other, so a damaged date cannot hide a finding for ever', () => {
    const doc = parseGuidanceDoc({
      schemaVersion: 1,
      dismissals: { rest: '2026-12-01', forever: 'never', month13: '2026-13-01', number: 20261201, nothing: null },
    });
    expect(doc.dismissals).toEqual({ rest: '2026-12-01' });
  });

  it('reads a missing or damaged "seen a doctor" as never', () => {
    expect(parseGuidanceDoc({ schemaVersion: 1 }).seenDoctorAt).toBeNull();
    expect(parseGuidanceDoc({ schemaVersion: 1, seenDoctorAt: 'yesterday' }).seenDoctorAt).toBeNull();
    expect(parseGuidanceDoc({ schemaVersion: 1, seenDoctorAt: '2026-11-20T09:00:00.000Z' }).seenDoctorAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('refuses dismissals that are not a table', () => {
    expect(() => parseGuidanceDoc({ schemaVersion: 1, dismissals: ['rest'] })).toThrow(/not a table/);
  });
});
