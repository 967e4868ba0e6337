/** The fuller diary's check-in fields as main checks them: each refusal names its field in words a runner can act on. */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { checkInInputSchema, checkInSchema, formatZodError, sessionSchema } from '../../../../src/lib/history/schema';
import { checkIn, session } from '../../../support/history';

function problem(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  if (r.success) throw new Error(`expected a failure for ${JSON.stringify(value)}`);
  return formatZodError(r.error);
}

describe('treatments', () => {
  it('takes any distinct set of the eight, in any order', () => {
    const all = ['other', 'rest', 'physio', 'painkiller', 'stretching', 'wheel', 'ice', 'heat'] as const;
    expect(checkInInputSchema.parse(checkIn({ treatments: [...all] })).treatments).toEqual(all);
  });

  it('refuses an unknown treatment and the same one twice', () => {
    expect(problem(checkInInputSchema, checkIn({ treatments: ['cupping' as 'heat'] }))).toBe(
      'treatments[0]: must be one of: heat, ice, wheel, stretching, painkiller, physio, rest, other',
    );
    expect(problem(checkInInputSchema, checkIn({ treatments: ['ice', 'ice'] }))).toBe('treatments: must not list the same treatment twice');
  });
});

describe('the painkiller note', () => {
  it('is kept as typed with the painkiller ticked, trimmed and cleaned of control characters', () => {
    const parsed = checkInInputSchema.parse(checkIn({ treatments: ['painkiller'], painkillerNote: '  ibu\u0000profen 200 mg\u202e ' }));
    expect(parsed.painkillerNote).toBe('ibuprofen 200 mg');
  });

  it('is refused without the painkiller ticked, by the form and in a stored record', () => {
    const note = checkIn({ treatments: ['heat'], painkillerNote: 'paracetamol' });
    expect(problem(checkInInputSchema, note)).toBe('painkillerNote: is only for a day with Painkiller ticked');
    expect(problem(sessionSchema, session('2026-11-26', { checkIn: note }))).toBe(
      'checkIn.painkillerNote: is only for a day with Painkiller ticked',
    );
  });

  it('holds at most 80 characters (after trimming, from the form)', () => {
    expect(checkInInputSchema.safeParse(checkIn({ treatments: ['painkiller'], painkillerNote: `${'x'.repeat(80)}   ` })).success).toBe(
      true,
    );
    expect(problem(checkInSchema, checkIn({ treatments: ['painkiller'], painkillerNote: 'x'.repeat(81) }))).toBe(
      'painkillerNote: must be text of at most 80 characters',
    );
  });
});

describe('pain by spot', () => {
  it('takes 0 to 10 for any of the eight spots, and none at all', () => {
    expect(checkInSchema.parse(checkIn({ spotPain: { 'lower-back-left': 0, 'leg-right': 10 } })).spotPain).toEqual({
      'lower-back-left': 0,
      'leg-right': 10,
    });
    expect(checkInSchema.parse(checkIn({ spotPain: {} })).spotPain).toEqual({});
  });

  it('refuses a score of 11, a half point and a null', () => {
    for (const bad of [11, -1, 2.5, null, '3']) {
      expect(problem(checkInSchema, checkIn({ spotPain: { 'hip-right': bad as number } }))).toBe(
        'spotPain.hip-right: must be a whole number from 0 to 10',
      );
    }
  });

  it('refuses an unknown spot and a "__proto__" key by name (a record would drop it without a word)', () => {
    expect(problem(checkInSchema, checkIn({ spotPain: { neck: 3 } as object }))).toBe('spotPain: unknown field "neck"');
    const polluted = JSON.parse('{"__proto__": {"lower-back-left": 4}}') as object;
    expect(problem(checkInSchema, checkIn({ spotPain: polluted }))).toBe('spotPain: unknown field "__proto__"');
    expect(problem(checkInSchema, checkIn({ spotPain: [] as object }))).toBe('spotPain: must be a table of pain scores by spot');
  });
});

describe('heart rate and climb', () => {
  it('take whole numbers in range on a run day', () => {
    expect(checkInInputSchema.safeParse(checkIn({ avgHeartRate: 30, climbM: 0 })).success).toBe(true);
    expect(checkInInputSchema.safeParse(checkIn({ avgHeartRate: 250, climbM: 10_000 })).success).toBe(true);
  });

  it('refuse what no run gives', () => {
    for (const bad of [29, 251, 140.5]) {
      expect(problem(checkInSchema, checkIn({ avgHeartRate: bad }))).toBe(
        'avgHeartRate: must be a whole number of beats a minute from 30 to 250',
      );
    }
    for (const bad of [-1, 10_001, 12.5]) {
      expect(problem(checkInSchema, checkIn({ climbM: bad }))).toBe('climbM: must be a whole number of metres from 0 to 10000');
    }
  });

  it('belong to run days only, as the distance does', () => {
    const rest = checkIn({ dayType: 'rest', distanceKm: null, durationSec: null, avgHeartRate: 140, climbM: 50 });
    expect(problem(checkInInputSchema, rest)).toBe('avgHeartRate: is only for run days; climbM: is only for run days');
  });
});
