import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, BUILTIN_ROUTINES, builtInById, isBuiltInId } from '../../../../src/lib/routines/builtins';
import { movementById } from '../../../../src/lib/routines/catalog';
import { preRunStaticHoldWarnings, routineTotalSec, toRoutineInput, validateRoutineInput } from '../../../../src/lib/routines/model';
import type { Routine } from '../../../../src/lib/routines/types';

const SWITCH = { switchSidesSec: 5 };

function get(id: string): Routine {
  const r = builtInById(id);
  if (!r) throw new Error(`missing built-in ${id}`);
  return r;
}
const kindsOf = (r: Routine) => r.steps.map((s) => movementById(s.movementId)?.kind);

describe('built-in routines', () => {
  it('has the four built-ins with stable ids, flagged built-in, with a fixed timestamp', () => {
    expect(BUILTIN_ROUTINES.map((r) => r.id)).toEqual(['builtin-before', 'builtin-after', 'builtin-before-short', 'builtin-after-short']);
    expect(BUILTIN_IDS).toEqual({
      before: 'builtin-before',
      after: 'builtin-after',
      beforeShort: 'builtin-before-short',
      afterShort: 'builtin-after-short',
    });
    for (const r of BUILTIN_ROUTINES) {
      expect(r.builtIn).toBe(true);
      expect(r.updatedAt).toBe('2026-01-01T00:00:00.000Z');
      expect(isBuiltInId(r.id)).toBe(true);
      expect(Object.isFrozen(r) && Object.isFrozen(r.steps)).toBe(true);
    }
    expect(isBuiltInId('my-routine')).toBe(false);
    expect(get(BUILTIN_IDS.before).name).toBe('Before the run');
    expect(get(BUILTIN_IDS.after).name).toBe('After the run');
    expect(get(BUILTIN_IDS.beforeShort).phase).toBe('before');
    expect(get(BUILTIN_IDS.afterShort).phase).toBe('after');
  });

  it('passes its own validation', () => {
    for (const r of BUILTIN_ROUTINES) {
      const result = validateRoutineInput(toRoutineInput(r));
      expect(result, r.id).toMatchObject({ ok: true });
    }
  });

  it('"Before the run" rolls upper back, mid back and glutes for 30–60 s, then warms up dynamically, in 8–10 min', () => {
    const r = get(BUILTIN_IDS.before);
    expect(r.steps.slice(0, 3).map((s) => s.movementId)).toEqual(['wheel-upper-back', 'wheel-mid-back', 'wheel-glutes']);
    const kinds = kindsOf(r);
    const firstDynamic = kinds.indexOf('dynamic');
    expect(kinds.slice(0, firstDynamic).every((k) => k === 'wheel')).toBe(true);
    expect(kinds.slice(firstDynamic).every((k) => k === 'dynamic')).toBe(true);
    for (const s of r.steps.filter((s) => movementById(s.movementId)?.kind === 'wheel')) {
      expect(s.durationSec).toBeGreaterThanOrEqual(30);
      expect(s.durationSec).toBeLessThanOrEqual(60);
    }
    const total = routineTotalSec(r, SWITCH);
    expect(total).toBe(570);
    expect(total).toBeGreaterThanOrEqual(8 * 60);
    expect(total).toBeLessThanOrEqual(10 * 60);
  });

  it('"After the run" rolls 60–120 s per area, then holds static stretches 30 s per side, in 10–12 min', () => {
    const r = get(BUILTIN_IDS.after);
    const kinds = kindsOf(r);
    const firstStatic = kinds.indexOf('static');
    expect(firstStatic).toBeGreaterThan(0);
    expect(kinds.slice(0, firstStatic).every((k) => k === 'wheel')).toBe(true);
    expect(kinds.slice(firstStatic).every((k) => k === 'static')).toBe(true);
    for (const [i, s] of r.steps.entries()) {
      if (i < firstStatic) {
        expect(s.durationSec).toBeGreaterThanOrEqual(60);
        expect(s.durationSec).toBeLessThanOrEqual(120);
      } else {
        expect(s.durationSec).toBe(30);
        expect(s.sides).toBe(movementById(s.movementId)?.perSide ? 'each' : 'one');
      }
    }
    const total = routineTotalSec(r, SWITCH);
    expect(total).toBe(660);
    expect(total).toBeGreaterThanOrEqual(10 * 60);
    expect(total).toBeLessThanOrEqual(12 * 60);
  });

  it('the quick routines take about 5 minutes', () => {
    for (const id of [BUILTIN_IDS.beforeShort, BUILTIN_IDS.afterShort]) {
      const total = routineTotalSec(get(id), SWITCH);
      expect(total, id).toBeGreaterThanOrEqual(4.5 * 60);
      expect(total, id).toBeLessThanOrEqual(5.5 * 60);
    }
    expect(routineTotalSec(get(BUILTIN_IDS.beforeShort), SWITCH)).toBe(310);
    expect(routineTotalSec(get(BUILTIN_IDS.afterShort), SWITCH)).toBe(315);
  });

  it('uses per-side steps exactly for per-side movements and has unique step ids', () => {
    for (const r of BUILTIN_ROUTINES) {
      expect(new Set(r.steps.map((s) => s.id)).size, r.id).toBe(r.steps.length);
      for (const s of r.steps) {
        expect(s.sides, `${r.id}/${s.id}`).toBe(movementById(s.movementId)?.perSide ? 'each' : 'one');
      }
    }
  });

  it('never triggers the pre-run static-hold warning', () => {
    for (const r of BUILTIN_ROUTINES) expect(preRunStaticHoldWarnings(r), r.id).toEqual([]);
  });
});
