import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_SEC, MOVEMENTS, movementById, movementsOfKind } from '../../../../src/lib/routines/catalog';

describe('movement catalog', () => {
  it('has at least 24 movements covering all three kinds', () => {
    expect(MOVEMENTS.length).toBeGreaterThanOrEqual(24);
    expect(movementsOfKind('dynamic').length).toBeGreaterThanOrEqual(8);
    expect(movementsOfKind('wheel').length).toBeGreaterThanOrEqual(6);
    expect(movementsOfKind('static').length).toBeGreaterThanOrEqual(8);
  });

  it('uses unique kebab-case ids and finds each movement by id', () => {
    const ids = MOVEMENTS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MOVEMENTS) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(movementById(m.id)).toBe(m);
    }
    expect(movementById('no-such-move')).toBeUndefined();
    expect(movementById('__proto__')).toBeUndefined();
    expect(movementById('constructor')).toBeUndefined();
  });

  it('gives every movement the kind default duration, a name, a short how-to and a boolean perSide', () => {
    for (const m of MOVEMENTS) {
      expect(m.defaultDurationSec, m.id).toBe(DEFAULT_DURATION_SEC[m.kind]);
      expect(m.name.trim().length, m.id).toBeGreaterThan(2);
      expect(typeof m.perSide, m.id).toBe('boolean');
      const sentences = m.howTo.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, m.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, m.id).toBeLessThanOrEqual(2);
      if (m.caution !== undefined) expect(m.caution.length, m.id).toBeGreaterThan(10);
    }
    expect(DEFAULT_DURATION_SEC).toEqual({ dynamic: 30, wheel: 45, static: 30 });
  });

  it('warns against rolling the lower back and about pain shooting down a leg', () => {
    const cautions = MOVEMENTS.map((m) => m.caution ?? '').join(' ');
    expect(movementById('wheel-mid-back')?.caution).toMatch(/lower|lumbar/i);
    expect(cautions).toMatch(/shoots down a leg/);
    expect(movementsOfKind('wheel').every((m) => m.caution !== undefined)).toBe(true);
  });

  it('is frozen so no caller can change a movement by accident', () => {
    const first = MOVEMENTS[0];
    expect(Object.isFrozen(MOVEMENTS)).toBe(true);
    expect(first && Object.isFrozen(first)).toBe(true);
  });
});
