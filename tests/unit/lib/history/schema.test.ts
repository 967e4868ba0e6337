import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkInInputSchema, checkInSchema, formatZodError, routineRunSchema, sessionSchema } from '../../../../src/lib/history/schema';
import { checkIn, routineRun, session } from '../../../support/history';

/** The formatted error message for a value that must fail. */
function problem(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  if (r.success) throw new Error(`expected a failure for ${JSON.stringify(value)}`);
  return formatZodError(r.error);
}

describe('sessionSchema', () => {
  const good = session('2026-11-26', { routine: routineRun() });

  it('accepts a valid session and returns an equal copy', () => {
    const r = sessionSchema.safeParse(good);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(good);
    expect(r.data).not.toBe(good);
  });

  it('accepts sessions with only a routine or only a check-in, and null pains', () => {
    expect(sessionSchema.safeParse({ ...good, checkIn: null }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...good, routine: null, checkIn: checkIn({ painNow: null, painBefore: null }) }).success).toBe(true);
  });

  it('names the path and the problem for pain out of range', () => {
    for (const bad of [11, -1, 2.5, '3', Number.NaN]) {
      expect(problem(sessionSchema, { ...good, checkIn: checkIn({ painNow: bad as number }) })).toBe(
        'checkIn.painNow: must be a whole number from 0 to 10',
      );
    }
    expect(problem(sessionSchema, { ...good, checkIn: checkIn({ painBefore: 10.5 }) })).toBe(
      'checkIn.painBefore: must be a whole number from 0 to 10',
    );
  });

  it('accepts the pain scale ends', () => {
    expect(checkInSchema.safeParse(checkIn({ painNow: 0, painBefore: 10 })).success).toBe(true);
  });

  it('rejects unknown keys at every level', () => {
    expect(problem(sessionSchema, { ...good, extra: 1 })).toBe('unknown field "extra"');
    expect(problem(sessionSchema, { ...good, checkIn: { ...checkIn(), mood: 'ok', x: 1 } })).toBe('checkIn: unknown fields "mood", "x"');
    expect(problem(sessionSchema, { ...good, routine: { ...routineRun(), hack: true } })).toBe('routine: unknown field "hack"');
  });

  it('reports missing fields as required', () => {
    const { updatedAt: _drop, ...rest } = good;
    expect(problem(sessionSchema, rest)).toBe('updatedAt: is required');
    expect(problem(sessionSchema, { ...good, checkIn: { ...checkIn(), note: undefined } })).toBe('checkIn.note: is required');
  });

  it('checks ids', () => {
    expect(sessionSchema.safeParse({ ...good, id: 'a'.repeat(64) }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...good, id: 'A_b-9' }).success).toBe(true);
    for (const id of ['', 'a'.repeat(65), 'a b', 'a/b', '../x', 'é', 42]) {
      expect(problem(sessionSchema, { ...good, id })).toMatch(/^id: must be 1 to 64 characters/);
    }
    expect(problem(sessionSchema, { ...good, routine: routineRun({ routineId: 'no way' }) })).toMatch(/^routine\.routineId: /);
  });

  it('checks local dates and ISO instants', () => {
    expect(problem(sessionSchema, { ...good, localDate: '2026-02-30' })).toBe('localDate: must be a real calendar date written YYYY-MM-DD');
    expect(problem(sessionSchema, { ...good, localDate: '26-11-2026' })).toMatch(/^localDate: /);
    expect(sessionSchema.safeParse({ ...good, startedAt: '2026-11-26T07:30:00+01:00' }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...good, startedAt: '2026-11-26T07:30:00Z' }).success).toBe(true);
    for (const bad of ['2026-11-26', '2026-11-26T07:30:00', '2026-02-30T07:30:00Z', 'yesterday', 0]) {
      expect(problem(sessionSchema, { ...good, startedAt: bad })).toMatch(/^startedAt: must be an ISO date-time/);
    }
    expect(problem(sessionSchema, { ...good, routine: routineRun({ endedAt: 'soon' }) })).toMatch(/^routine\.endedAt: /);
  });

  it('checks lists against the const arrays, without duplicates', () => {
    expect(checkInSchema.safeParse(checkIn({ locations: ['neck', 'hips'], kinds: [], redFlags: ['night-pain'] })).success).toBe(true);
    expect(problem(checkInSchema, checkIn({ locations: ['neck', 'elbow' as never] }))).toBe(
      'locations[1]: must be one of: lower-back, mid-back, upper-back, neck, hips, leg',
    );
    expect(problem(checkInSchema, checkIn({ locations: ['neck', 'neck'] }))).toBe('locations: must not list the same location twice');
    expect(problem(checkInSchema, checkIn({ kinds: ['ache', 'sharp', 'ache'] }))).toBe('kinds: must not list the same kind twice');
    expect(problem(checkInSchema, checkIn({ redFlags: ['night-pain', 'night-pain'] }))).toBe(
      'redFlags: must not list the same red flag twice',
    );
    expect(problem(checkInSchema, { ...checkIn(), redFlags: 'night-pain' })).toBe('redFlags: must be a list of red flags');
  });

  it('checks day type, text lengths, distance and duration', () => {
    expect(problem(checkInSchema, checkIn({ dayType: 'walk' as never }))).toBe('dayType: must be run, cross or rest');
    expect(checkInSchema.safeParse(checkIn({ crossTrainingKind: 'x'.repeat(60), note: 'n'.repeat(2000) })).success).toBe(true);
    expect(problem(checkInSchema, checkIn({ crossTrainingKind: 'x'.repeat(61) }))).toBe(
      'crossTrainingKind: must be text of at most 60 characters',
    );
    expect(problem(checkInSchema, checkIn({ note: 'n'.repeat(2001) }))).toBe('note: must be text of at most 2000 characters');

    for (const ok of [0.01, 500, null]) expect(checkInSchema.safeParse(checkIn({ distanceKm: ok })).success).toBe(true);
    for (const bad of [0, -1, 500.01, Infinity]) {
      expect(problem(checkInSchema, checkIn({ distanceKm: bad }))).toMatch(/^distanceKm: must be a distance in km greater than 0/);
    }
    for (const ok of [1, 172_800, null]) expect(checkInSchema.safeParse(checkIn({ durationSec: ok })).success).toBe(true);
    for (const bad of [0, 172_801, 1.5, '60']) {
      expect(problem(checkInSchema, checkIn({ durationSec: bad as number }))).toMatch(/^durationSec: must be a whole number of seconds/);
    }
  });

  it('checks routine runs', () => {
    expect(routineRunSchema.safeParse(routineRun({ activeMs: 1234.5 })).success).toBe(true);
    expect(problem(routineRunSchema, routineRun({ phase: 'during' as never }))).toBe('phase: must be before or after');
    expect(problem(routineRunSchema, routineRun({ stepsDone: -1 }))).toBe('stepsDone: must be a whole number from 0 to 1000');
    expect(problem(routineRunSchema, routineRun({ routineName: '' }))).toBe('routineName: must be text of 1 to 200 characters');
    expect(problem(routineRunSchema, routineRun({ activeMs: -5 }))).toMatch(/^activeMs: /);
  });

  it('rejects non-objects with a readable message', () => {
    expect(problem(sessionSchema, null)).toBe('must be a session object');
    expect(problem(sessionSchema, [])).toBe('must be a session object');
    expect(problem(sessionSchema, { ...good, checkIn: 'ok' })).toBe('checkIn: must be a check-in object');
  });
});

describe('formatZodError', () => {
  it('lists several problems, at most maxIssues, with a path prefix', () => {
    const bad = { ...session('2026-11-26'), id: '', localDate: 'x', checkIn: checkIn({ painNow: 12, note: 'n'.repeat(2001) }) };
    const r = sessionSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(formatZodError(r.error, { pathPrefix: 'sessions[4]', maxIssues: 2 })).toBe(
      'sessions[4].id: must be 1 to 64 characters, each a letter, digit, _ or -; ' +
        'sessions[4].localDate: must be a real calendar date written YYYY-MM-DD (and 2 more problems)',
    );
    expect(formatZodError(r.error)).toContain('checkIn.painNow: must be a whole number from 0 to 10');
  });

  it('prefixes array paths and root problems', () => {
    const r = z.array(sessionSchema).safeParse([session('2026-11-26'), 5]);
    if (r.success) throw new Error('should fail');
    expect(formatZodError(r.error)).toBe('[1]: must be a session object');
    expect(formatZodError(r.error, { pathPrefix: 'sessions' })).toBe('sessions[1]: must be a session object');
  });
});

describe('checkInInputSchema', () => {
  it('trims text and returns a CheckIn', () => {
    const r = checkInInputSchema.safeParse(
      checkIn({ dayType: 'cross', crossTrainingKind: '  swimming ', distanceKm: null, durationSec: null, note: '  ok \n' }),
    );
    expect(r.success).toBe(true);
    expect(r.data?.crossTrainingKind).toBe('swimming');
    expect(r.data?.note).toBe('ok');
  });

  it('applies the length limits after trimming', () => {
    expect(checkInInputSchema.safeParse(checkIn({ note: ` ${'n'.repeat(2000)} ` })).success).toBe(true);
  });

  it('keeps fields to their day types', () => {
    expect(problem(checkInInputSchema, checkIn({ dayType: 'run', crossTrainingKind: 'yoga' }))).toBe(
      'crossTrainingKind: is only for cross-training days',
    );
    expect(problem(checkInInputSchema, checkIn({ dayType: 'rest', distanceKm: 5, durationSec: null }))).toBe(
      'distanceKm: is only for run days',
    );
    expect(problem(checkInInputSchema, checkIn({ dayType: 'cross', distanceKm: null, durationSec: 600 }))).toBe(
      'durationSec: is only for run days',
    );
    expect(checkInInputSchema.safeParse(checkIn({ dayType: 'rest', distanceKm: null, durationSec: null })).success).toBe(true);
  });

  it('has the same field rules as a stored check-in', () => {
    expect(problem(checkInInputSchema, checkIn({ painNow: 11 }))).toBe('painNow: must be a whole number from 0 to 10');
    expect(problem(checkInInputSchema, { ...checkIn(), sneaky: 1 })).toBe('unknown field "sneaky"');
  });
});
