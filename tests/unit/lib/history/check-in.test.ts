/** The check-in with nothing given: what a new check-in form starts from and an imported run fills in. */
import { describe, expect, it } from 'vitest';
import { emptyCheckIn } from '../../../../src/lib/history/check-in';
import { emptyForm } from '../../../../src/components/checkin/form';

describe('emptyCheckIn', () => {
  it('has nothing given, on a run day unless told otherwise', () => {
    expect(emptyCheckIn()).toEqual({
      painNow: null,
      painBefore: null,
      locations: [],
      kinds: [],
      redFlags: [],
      dayType: 'run',
      crossTrainingKind: '',
      distanceKm: null,
      durationSec: null,
      note: '',
      treatments: [],
      painkillerNote: '',
      spotPain: {},
      avgHeartRate: null,
      climbM: null,
    });
    expect(emptyCheckIn('rest').dayType).toBe('rest');
  });

  it('gives each caller lists of its own: ticking a place on one form leaves the next form empty', () => {
    const first = emptyCheckIn();
    first.locations.push('neck');
    first.redFlags.push('night-pain');
    first.treatments.push('heat');
    first.spotPain['hip-left'] = 3;
    expect(emptyCheckIn().locations).toEqual([]);
    expect(emptyCheckIn().redFlags).toEqual([]);
    expect(emptyCheckIn().treatments).toEqual([]);
    expect(emptyCheckIn().spotPain).toEqual({});
  });
});

describe('the check-in form', () => {
  it('starts empty on a run day, dated the given day', () => {
    expect(emptyForm('2026-11-26')).toEqual({
      painNow: null,
      painBefore: null,
      locations: [],
      kinds: [],
      redFlags: [],
      dayType: 'run',
      crossTrainingKind: '',
      distance: '',
      duration: '',
      note: '',
      treatments: [],
      painkillerNote: '',
      spotPain: {},
      avgHeartRate: null,
      climbM: null,
      day: '2026-11-26',
    });
  });
});
