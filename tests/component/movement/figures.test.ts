import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MovementFigure from '../../../src/components/movement/MovementFigure.svelte';
import { FIGURES, arrowHeads, figureFor, sceneLift } from '../../../src/components/movement/figures';
import { MOVEMENTS } from '../../../src/lib/routines/catalog';

/** Every number in a path's data (coordinates, and arc radii which are smaller still). */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('movement figures', () => {
  it('exist for every catalog movement and for nothing else', () => {
    expect(Object.keys(FIGURES).sort()).toEqual(MOVEMENTS.map((m) => m.id).sort());
  });

  it('mark the worked area of every movement, and stay on the 120×120 grid', () => {
    for (const m of MOVEMENTS) {
      const spec = figureFor(m.id)!;
      expect(spec.worked.length, m.id).toBeGreaterThan(0);
      const all = [...spec.body, ...spec.worked, ...(spec.ghost ?? []), ...(spec.arrows ?? [])].flatMap(numbers);
      for (const n of all) expect(n >= 0 && n <= 120, `${m.id}: ${n}`).toBe(true);
    }
  });

  it('keep every arrowhead inside the frame, the wheel rolls too (their heads once fell off its bottom edge)', () => {
    for (const m of MOVEMENTS) {
      const spec = figureFor(m.id)!;
      const heads = (spec.arrows ?? []).flatMap((d) => arrowHeads(d, spec.twoWay ?? false));
      const ys = heads.flatMap((d) => numbers(d).filter((_, i) => i % 2 === 1)).map((y) => y - sceneLift(spec));
      const xs = heads.flatMap((d) => numbers(d).filter((_, i) => i % 2 === 0));
      // 2 units clear of the edge: the frame's border and rounded corners take that much.
      for (const v of [...xs, ...ys]) expect(v >= 2 && v <= 118, `${m.id}: ${v}`).toBe(true);
    }
  });

  it('show the path of every dynamic move, and the wheel and its roll for every wheel move', () => {
    for (const m of MOVEMENTS) {
      const spec = figureFor(m.id)!;
      if (m.kind === 'dynamic') expect(spec.arrows?.length, m.id).toBeGreaterThan(0);
      if (m.kind === 'wheel') {
        expect(spec.wheel, m.id).toBeDefined();
        expect(spec.arrows?.length, m.id).toBeGreaterThan(0);
      } else expect(spec.wheel, m.id).toBeUndefined();
    }
  });

  it('render the highlight in every figure, the hold mark only on held stretches', () => {
    for (const m of MOVEMENTS) {
      const { container, unmount } = render(MovementFigure, { movementId: m.id });
      expect(container.querySelectorAll('.worked').length, m.id).toBeGreaterThan(0);
      expect(container.querySelector('.hold') !== null, m.id).toBe(m.kind === 'static');
      expect(container.querySelectorAll('.arrow').length > 0, m.id).toBe(m.kind !== 'static');
      unmount();
    }
  });

  it('mirror the drawing for the right side only', () => {
    const left = render(MovementFigure, { movementId: 'quad-stretch', side: 'left' });
    expect(left.container.querySelector('svg > g')?.getAttribute('transform')).toBeNull();
    left.unmount();
    const right = render(MovementFigure, { movementId: 'quad-stretch', side: 'right' });
    expect(right.container.querySelector('svg > g')?.getAttribute('transform')).toBe('translate(120 0) scale(-1 1)');
  });

  it('point the arrowheads along the arrow, at both ends for a back-and-forth move', () => {
    expect(arrowHeads('M10 50 H40', false)).toEqual(['M43 50 L34 55 L34 45 Z']);
    const both = arrowHeads('M58 44 V20', true);
    expect(both).toHaveLength(2);
    expect(both[0]).toMatch(/^M58 17 /); // tip beyond the top end, pointing up
    expect(both[1]).toMatch(/^M58 47 /); // tip beyond the bottom end, pointing down
  });
});
