/**
 * The neutral figure of a runner's own movement, by its kind: the catalog's figures without a worked
 * area (the app does not know which part an own movement works), and a plain standing figure for "other".
 */
import type { OwnMovementKind } from '../../lib/routines/types';
import { figureFor, type FigureSpec } from './figures';

const neutral = (id: string): FigureSpec => {
  const spec = figureFor(id)!;
  return { ...spec, worked: [], patches: [] };
};

const STANDING: FigureSpec = {
  body: [
    'M60 27 L60 60',
    'M46 32 L74 32',
    'M46 32 L40 48 L42 62',
    'M74 32 L80 48 L78 62',
    'M60 60 L50 84 L48 108',
    'M60 60 L70 84 L72 108',
  ],
  head: [60, 17],
  worked: [],
};

export function kindFigure(kind: OwnMovementKind): FigureSpec {
  if (kind === 'dynamic') return neutral('hip-circles');
  if (kind === 'wheel') return neutral('wheel-mid-back');
  if (kind === 'static') return neutral('childs-pose');
  return STANDING;
}
