/** Hostile shapes are refused before any schema sees them; zod's issues cross IPC dotted and capped. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasHostileShape, issuesFromZod, MAX_ISSUES } from '../../../src/lib/validation';

/** An object nested `levels` deep: { a: { a: … 1 } }. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('hasHostileShape', () => {
  it('lets plain data through: primitives, null, arrays and ordinary objects', () => {
    for (const value of [
      null,
      undefined,
      3,
      'text',
      true,
      [],
      [1, null, { b: 'c' }],
      { distanceKm: 5, note: null, steps: [{ id: 'x' }] },
    ]) {
      expect(hasHostileShape(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('refuses a prototype-pollution key at any depth, as JSON.parse makes it', () => {
    expect(hasHostileShape(JSON.parse('{"__proto__": {"isAdmin": true}}'))).toBe(true);
    expect(hasHostileShape(JSON.parse('{"checkIn": {"note": "x", "constructor": {"prototype": {}}}}'))).toBe(true);
    expect(hasHostileShape(JSON.parse('{"steps": [{"id": "a"}, {"prototype": 1}]}'))).toBe(true);
  });

  it('keeps looking after a value that is null or not an object', () => {
    expect(hasHostileShape(JSON.parse('{"a": null, "b": 2, "c": {"__proto__": 1}}'))).toBe(true);
  });

  it('allows nesting up to the limit and refuses one level more', () => {
    expect(hasHostileShape(nested(33))).toBe(false); // the innermost object sits at depth 32
    expect(hasHostileShape(nested(34))).toBe(true);
    expect(hasHostileShape(nested(3), 2)).toBe(false);
    expect(hasHostileShape(nested(4), 2)).toBe(true);
  });
});

describe('issuesFromZod', () => {
  it('dots each path, keeps list positions, and uses the schema’s own words', () => {
    const schema = z.object({ steps: z.array(z.object({ durationSec: z.number().max(600, 'must be at most 600 seconds') })) });
    const result = schema.safeParse({ steps: [{ durationSec: 10 }, { durationSec: 900 }] });
    expect(result.success).toBe(false);
    expect(issuesFromZod(result.error!)).toEqual([{ path: 'steps.1.durationSec', message: 'must be at most 600 seconds' }]);
  });

  it(`sends at most ${MAX_ISSUES} issues however many a hostile argument makes`, () => {
    const result = z.array(z.number()).safeParse(Array.from({ length: 500 }, () => 'x'));
    expect(result.error!.issues.length).toBe(500);
    const issues = issuesFromZod(result.error!);
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues[0]!.path).toBe('0');
  });
});
