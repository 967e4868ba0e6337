import { describe, expect, it } from 'vitest';
import { searchMovements } from '../../../../src/lib/routines/movement-search';
import type { Movement, MovementKind } from '../../../../src/lib/routines/types';

const LABELS: Record<MovementKind, string> = { dynamic: 'Dynamic warm-up', wheel: 'Back wheel', static: 'Static stretch' };

function movement(id: string, name: string, kind: MovementKind): Movement {
  return { id, name, kind, defaultDurationSec: 30, perSide: false, howTo: '' } as Movement;
}

const MOVES = [
  movement('hip', 'Hip circles', 'dynamic'),
  movement('wheel-ham', 'Back wheel: hamstrings', 'wheel'),
  movement('ham', 'Lying hamstring stretch', 'static'),
  movement('pso', 'Étirement du psoas', 'static'),
];
const names = (found: Movement[]) => found.map((m) => m.name);

describe('movement search', () => {
  it('offers every movement of the chosen kind when nothing is typed', () => {
    expect(names(searchMovements(MOVES, '', 'all', LABELS))).toHaveLength(4);
    expect(names(searchMovements(MOVES, '  ', 'static', LABELS))).toEqual(['Lying hamstring stretch', 'Étirement du psoas']);
  });

  it('finds a movement by any of the words of its name, in any order and case', () => {
    expect(names(searchMovements(MOVES, 'hamstring', 'all', LABELS))).toEqual(['Back wheel: hamstrings', 'Lying hamstring stretch']);
    expect(names(searchMovements(MOVES, 'STRETCH lying', 'all', LABELS))).toEqual(['Lying hamstring stretch']);
    expect(names(searchMovements(MOVES, 'hamstring lunge', 'all', LABELS))).toEqual([]);
  });

  it('finds a movement by its kind’s name', () => {
    expect(names(searchMovements(MOVES, 'warm-up', 'all', LABELS))).toEqual(['Hip circles']);
    expect(names(searchMovements(MOVES, 'wheel', 'all', LABELS))).toEqual(['Back wheel: hamstrings']);
  });

  it('ignores accents on either side', () => {
    expect(names(searchMovements(MOVES, 'etirement', 'all', LABELS))).toEqual(['Étirement du psoas']);
    expect(names(searchMovements(MOVES, 'ÉTIRÉMENT', 'static', LABELS))).toEqual(['Étirement du psoas']);
  });

  it('keeps to the chosen kind while searching', () => {
    expect(names(searchMovements(MOVES, 'hamstring', 'static', LABELS))).toEqual(['Lying hamstring stretch']);
    expect(names(searchMovements(MOVES, 'hip', 'wheel', LABELS))).toEqual([]);
  });
});
