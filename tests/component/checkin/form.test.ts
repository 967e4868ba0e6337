import { describe, expect, it } from 'vitest';
import {
  buildCheckIn,
  emptyForm,
  formFromCheckIn,
  livePace,
  parseDistance,
  parseDuration,
  readRefusal,
} from '../../../src/components/checkin/form';
import { IpcCallError } from '../../../src/lib/ipc/api';
import { painName, painText } from '../../../src/lib/history/labels';

describe('parseDuration', () => {
  it.each([
    ['45', 2700],
    ['45.5', 2730],
    ['45,5', 2730],
    ['45:30', 2730],
    ['1:05:09', 3909],
    ['0:45:30', 2730],
    ['1h05', 3900],
    ['1h 5m', 3900],
    ['50m 30s', 3030],
    ['90s', 90],
    ['2h', 7200],
    ['  45  ', 2700],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: seconds });
  });

  it('reads an empty field as not given', () => {
    expect(parseDuration('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '45:75', '1:61:00', '1:2:3:4', '-5', '5 minutes later'])('refuses %j with a hint', (text) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('h:mm:ss');
  });
});

describe('parseDistance', () => {
  it('reads dots and commas, and empty as not given', () => {
    expect(parseDistance('8.5')).toEqual({ ok: true, value: 8.5 });
    expect(parseDistance('8,5')).toEqual({ ok: true, value: 8.5 });
    expect(parseDistance('')).toEqual({ ok: true, value: null });
  });
  it('refuses words', () => {
    expect(parseDistance('eight').ok).toBe(false);
  });
});

describe('livePace', () => {
  it('works out pace per km and per mile', () => {
    expect(livePace({ distance: '10', duration: '50' }, 'km')).toBe('5:00 /km');
    expect(livePace({ distance: '5', duration: '40:00' }, 'mi')).toBe('8:00 /mi');
  });
  it('is null until both are typed', () => {
    expect(livePace({ distance: '10', duration: '' }, 'km')).toBeNull();
    expect(livePace({ distance: '', duration: '50' }, 'km')).toBeNull();
    expect(livePace({ distance: '0', duration: '50' }, 'km')).toBeNull();
  });
});

describe('buildCheckIn', () => {
  it('stores a run distance in km from the runner’s unit', () => {
    const built = buildCheckIn({ ...emptyForm(), painNow: 2, distance: '5', duration: '40' }, 'mi');
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.checkIn.distanceKm).toBeCloseTo(8.04672, 5);
      expect(built.checkIn.durationSec).toBe(2400);
    }
  });

  it('leaves out what does not belong to the day type', () => {
    const form = { ...emptyForm(), painNow: 1, dayType: 'rest' as const, distance: '5', duration: 'nonsense', crossTrainingKind: 'swim' };
    const built = buildCheckIn(form, 'km');
    expect(built).toMatchObject({ ok: true, checkIn: { dayType: 'rest', distanceKm: null, durationSec: null, crossTrainingKind: '' } });
    const cross = buildCheckIn({ ...form, dayType: 'cross' }, 'km');
    expect(cross).toMatchObject({ ok: true, checkIn: { crossTrainingKind: 'swim', distanceKm: null } });
  });

  it('names the field that cannot be read', () => {
    expect(buildCheckIn({ ...emptyForm(), painNow: 0, distance: 'far' }, 'km')).toMatchObject({ ok: false, field: 'distance' });
    expect(buildCheckIn({ ...emptyForm(), painNow: 0, duration: 'long' }, 'km')).toMatchObject({ ok: false, field: 'duration' });
  });

  it('refuses a check-in without pain now, in words that name it; 0 counts as an answer', () => {
    const built = buildCheckIn({ ...emptyForm(), painBefore: 3, distance: '5' }, 'km');
    expect(built).toMatchObject({ ok: false, field: 'painNow' });
    if (!built.ok) expect(built.message).toMatch(/pain now/i);
    expect(buildCheckIn({ ...emptyForm(), painNow: 0 }, 'km').ok).toBe(true);
  });

  it('round-trips through a stored check-in', () => {
    const built = buildCheckIn(
      { ...emptyForm(), painNow: 3, painBefore: 5, locations: ['neck'], distance: '12.34', duration: '1:02:03' },
      'km',
    );
    if (!built.ok) throw new Error('expected a check-in');
    const back = formFromCheckIn(built.checkIn, 'km');
    expect(back).toMatchObject({ painNow: 3, painBefore: 5, locations: ['neck'], distance: '12.34', duration: '1:02:03' });
  });
});

describe('the day of a stand-alone check-in', () => {
  it('is today unless changed, and sends a day only when it is another one', () => {
    expect(emptyForm('2026-11-26').day).toBe('2026-11-26');
    const form = { ...emptyForm('2026-11-26'), painNow: 2 };
    expect(buildCheckIn(form, 'km', '2026-11-26')).not.toHaveProperty('localDate');
    expect(buildCheckIn({ ...form, day: '' }, 'km', '2026-11-26')).not.toHaveProperty('localDate');
    expect(buildCheckIn({ ...form, day: '2026-11-23' }, 'km', '2026-11-26')).toMatchObject({ ok: true, localDate: '2026-11-23' });
  });

  it('refuses a day after today beside the Day field, before asking main', () => {
    const built = buildCheckIn({ ...emptyForm('2026-11-26'), painNow: 2, day: '2026-11-27' }, 'km', '2026-11-26');
    expect(built).toEqual({ ok: false, field: 'day', message: 'Day cannot be after today: a check-in is for a day that has happened.' });
  });

  it('places main’s refused day beside the Day field', () => {
    const refused = new IpcCallError('invalid-argument', 'Day …', [{ path: 'localDate', message: 'cannot be before 1 January 2000' }]);
    expect(readRefusal(refused, ['painNow', 'day'], 'km')).toEqual({
      field: { field: 'day', message: 'Day cannot be before 1 January 2000.' },
      other: null,
    });
  });
});

describe('readRefusal', () => {
  const distance = { path: 'checkIn.distanceKm', message: 'must be a distance in km greater than 0 and at most 500' };
  const note = { path: 'checkIn.note', message: 'must be text of at most 2000 characters' };

  it('puts main’s refused value beside its field, in the form’s words', () => {
    const refused = new IpcCallError('invalid-argument', 'Distance must be …', [distance]);
    expect(readRefusal(refused, ['painNow', 'distance', 'duration'], 'km')).toEqual({
      field: { field: 'distance', message: 'Distance must be a distance in km greater than 0 and at most 500.' },
      other: null,
    });
  });

  it('says main’s distance range in the runner’s unit, for a runner who uses miles', () => {
    const refused = new IpcCallError('invalid-argument', 'Distance must be …', [distance, note]);
    expect(readRefusal(refused, ['painNow', 'distance', 'duration'], 'mi')).toEqual({
      field: { field: 'distance', message: 'Distance must be a distance in miles greater than 0 and at most 310.6.' },
      other: 'Note must be text of at most 2000 characters.',
    });
    expect(readRefusal(refused, ['painNow'], 'mi').other).toBe(
      'Distance must be a distance in miles greater than 0 and at most 310.6. Note must be text of at most 2000 characters.',
    );
  });

  it('says in words what no shown field can hold', () => {
    const refused = new IpcCallError('invalid-argument', '…', [distance, note]);
    expect(readRefusal(refused, ['painNow'], 'km')).toEqual({
      field: null,
      other: 'Distance must be a distance in km greater than 0 and at most 500. Note must be text of at most 2000 characters.',
    });
    expect(readRefusal(new IpcCallError('not-found', 'There is no session abc; it may have been deleted.'), ['painNow'], 'km')).toEqual({
      field: null,
      other: 'There is no session abc; it may have been deleted.',
    });
  });
});

describe('labels', () => {
  it('names every pain score with its band', () => {
    expect(painName(0)).toBe('Pain 0 — no pain');
    expect(painName(3)).toBe('Pain 3 — mild');
    expect(painName(4)).toBe('Pain 4 — moderate');
    expect(painName(10)).toBe('Pain 10 — severe');
    expect(painText(null)).toBe('not given');
  });
});
