/**
 * The movement figures, drawn in code on a 120×120 grid (y grows downward, floor at y = 110).
 * Each figure shows the body, the worked area (drawn in the accent colour over a soft halo) and
 * how to move: an arrow for dynamic moves (with the other end of the move as a dashed ghost),
 * the wheel and its roll for wheel moves, and a "hold" mark for held stretches (added by kind).
 * Drawings show the left side worked; the right side is the mirror image.
 */

export interface FigureSpec {
  /** Limbs and trunk, as SVG path data. */
  body: string[];
  /** Head centre. */
  head: [number, number];
  /** The worked area: paths along the body... */
  worked: string[];
  /** ...and round patches (cx, cy, r) where an area rather than a line is worked. */
  patches?: [number, number, number][];
  /** The other end of a dynamic move, drawn dashed. */
  ghost?: string[];
  /** The path of the movement; heads at the end (and at the start when twoWay). */
  arrows?: string[];
  twoWay?: boolean;
  /** Where the wheel sits (centre). */
  wheel?: [number, number];
  /** A wall to lean on, at this x. */
  wall?: number;
}

/** "M x1 y1 L x2 y2 …" through the given points. */
function line(...xy: number[]): string {
  const points: string[] = [];
  for (let i = 0; i < xy.length; i += 2) points.push(`${i === 0 ? 'M' : 'L'}${xy[i]} ${xy[i + 1]}`);
  return points.join(' ');
}

/** Under the floor line: the way a wheel rolls, back and forth between two x positions. */
const roll = (from: number, to: number) => `M${from} 117 H${to}`;

export const FIGURES: Readonly<Record<string, FigureSpec>> = {
  // ---------- dynamic ----------
  'leg-swing-front-back': {
    wall: 26,
    body: [
      line(60, 29, 60, 62),
      line(60, 62, 60, 85, 60, 108, 67, 108),
      line(60, 62, 80, 80, 96, 94),
      line(60, 32, 44, 42, 30, 46),
      line(60, 32, 70, 46, 76, 58),
    ],
    head: [60, 19],
    worked: [line(60, 62, 80, 80, 96, 94)],
    ghost: [line(60, 62, 48, 84, 40, 104)],
    arrows: ['M38 96 Q66 120 98 86'],
    twoWay: true,
  },
  'leg-swing-side': {
    body: [
      line(60, 29, 60, 62),
      line(50, 33, 70, 33),
      line(54, 62, 66, 62),
      line(66, 62, 68, 85, 70, 108),
      line(54, 62, 40, 80, 26, 96),
      line(50, 33, 44, 20, 46, 8),
      line(70, 33, 76, 20, 74, 8),
    ],
    head: [60, 19],
    worked: [line(54, 62, 40, 80, 26, 96)],
    ghost: [line(54, 62, 64, 84, 76, 102)],
    arrows: ['M22 104 Q48 118 82 108'],
    twoWay: true,
  },
  'hip-circles': {
    body: [
      line(60, 27, 60, 60),
      line(50, 31, 70, 31),
      line(50, 31, 42, 46, 52, 58),
      line(70, 31, 78, 46, 68, 58),
      line(52, 60, 68, 60),
      line(52, 60, 48, 84, 46, 108),
      line(68, 60, 72, 84, 74, 108),
    ],
    head: [60, 17],
    worked: [line(52, 60, 68, 60), line(60, 46, 60, 60)],
    patches: [[60, 58, 12]],
    arrows: ['M40 72 C30 66 38 50 60 50 C82 50 90 66 78 72 C70 76 56 76 50 74'],
  },
  'walking-lunge-twist': {
    body: [
      line(60, 70, 62, 38),
      line(60, 70, 80, 82, 82, 108, 89, 108),
      line(60, 70, 44, 92, 26, 106),
      line(62, 41, 78, 48, 92, 42),
      line(62, 41, 48, 48, 40, 40),
    ],
    head: [63, 28],
    worked: [line(60, 70, 62, 40)],
    arrows: ['M40 30 Q64 46 88 30'],
  },
  'high-knees': {
    body: [
      line(58, 27, 58, 60),
      line(58, 60, 58, 84, 58, 108, 65, 108),
      line(58, 60, 80, 60, 80, 82, 87, 84),
      line(58, 31, 68, 44, 80, 36),
      line(58, 31, 50, 44, 46, 58),
    ],
    head: [58, 17],
    worked: [line(58, 60, 80, 60)],
    ghost: [line(58, 60, 62, 84, 64, 106)],
    arrows: ['M96 86 V54'],
    twoWay: true,
  },
  'butt-kicks': {
    body: [
      line(58, 27, 58, 60),
      line(58, 60, 60, 84, 60, 108, 67, 108),
      line(58, 60, 56, 84, 42, 64),
      line(58, 31, 68, 44, 80, 38),
      line(58, 31, 50, 44, 46, 58),
    ],
    head: [58, 17],
    worked: [line(56, 84, 42, 64)],
    ghost: [line(58, 60, 54, 84, 50, 106)],
    arrows: ['M36 100 Q24 82 34 64'],
  },
  'cat-cow': {
    body: ['M38 72 Q58 44 80 72', line(38, 72, 38, 106, 14, 106), line(80, 72, 80, 108), line(80, 72, 86, 76)],
    head: [92, 82],
    worked: ['M38 72 Q58 44 80 72'],
    ghost: ['M38 72 Q58 92 80 72'],
    arrows: ['M58 44 V20'],
    twoWay: true,
  },
  'worlds-greatest-stretch': {
    body: [
      line(54, 80, 76, 62),
      line(54, 80, 84, 84, 88, 108, 94, 108),
      line(54, 80, 36, 98, 14, 104),
      line(76, 62, 78, 84, 80, 106),
      line(76, 62, 74, 42, 72, 22),
    ],
    head: [86, 56],
    worked: [line(54, 80, 76, 62), line(76, 62, 74, 42, 72, 22)],
    arrows: ['M100 96 Q110 50 84 18'],
  },
  'glute-bridge': {
    body: [line(26, 104, 62, 80), line(62, 80, 84, 72, 88, 106, 96, 106), line(28, 104, 50, 106)],
    head: [16, 100],
    worked: [line(52, 87, 66, 79)],
    patches: [[62, 82, 10]],
    ghost: [line(26, 104, 62, 104, 84, 74)],
    arrows: ['M62 66 V44'],
  },
  'torso-rotation': {
    body: [
      line(60, 28, 60, 62),
      line(54, 62, 66, 62),
      line(54, 62, 50, 85, 46, 108),
      line(66, 62, 70, 85, 74, 108),
      line(60, 32, 80, 34, 98, 36),
      line(60, 32, 74, 42, 88, 40),
    ],
    head: [60, 18],
    worked: [line(60, 30, 60, 60)],
    arrows: ['M30 46 Q60 64 92 46'],
    twoWay: true,
  },
  inchworm: {
    body: [line(54, 56, 40, 80, 26, 106, 18, 106), line(54, 56, 76, 82), line(76, 82, 82, 94, 86, 106)],
    head: [84, 94],
    worked: [line(54, 56, 40, 80, 26, 106)],
    ghost: [line(26, 106, 60, 94, 96, 98)],
    arrows: ['M90 84 H114'],
  },
  'bird-dog': {
    body: [
      line(40, 76, 80, 76),
      line(80, 76, 80, 108),
      line(40, 76, 42, 106, 20, 106),
      line(40, 76, 22, 74, 4, 72),
      line(80, 76, 98, 76, 116, 76),
    ],
    head: [90, 64],
    worked: [line(40, 76, 80, 76)],
    patches: [[38, 74, 9]],
    arrows: ['M12 96 Q6 86 10 80', 'M108 96 Q114 88 110 82'],
  },

  // ---------- back wheel ----------
  'wheel-upper-back': {
    wheel: [42, 98],
    body: [line(28, 84, 48, 88, 66, 100), line(66, 100, 84, 74, 92, 106, 100, 106), line(32, 86, 34, 68, 20, 72)],
    head: [18, 80],
    worked: [line(30, 85, 50, 88)],
    arrows: [roll(30, 56)],
    twoWay: true,
  },
  'wheel-mid-back': {
    wheel: [52, 98],
    body: [line(30, 84, 52, 88, 72, 92), line(72, 92, 88, 72, 94, 106, 102, 106), line(32, 84, 34, 68, 20, 70)],
    head: [20, 80],
    worked: [line(42, 87, 62, 89)],
    arrows: [roll(40, 64)],
    twoWay: true,
  },
  'wheel-side': {
    wheel: [42, 98],
    body: [line(34, 86, 74, 98, 94, 102, 114, 106), line(34, 86, 20, 88, 6, 90), line(74, 98, 88, 88, 96, 106)],
    head: [26, 76],
    worked: [line(36, 87, 58, 93)],
    arrows: [roll(32, 62)],
    twoWay: true,
  },
  'wheel-glutes': {
    wheel: [46, 98],
    body: [line(46, 86, 36, 56), line(46, 86, 72, 74, 76, 106, 84, 106), line(46, 86, 62, 64, 74, 72), line(36, 60, 26, 78, 20, 104)],
    head: [33, 45],
    worked: [line(40, 86, 52, 86)],
    patches: [[46, 86, 10]],
    arrows: [roll(34, 58)],
    twoWay: true,
  },
  'wheel-hamstrings': {
    wheel: [68, 98],
    body: [line(44, 88, 32, 58), line(44, 88, 80, 87, 110, 92), line(32, 62, 22, 80, 16, 104)],
    head: [30, 47],
    worked: [line(50, 88, 80, 87)],
    arrows: [roll(54, 84)],
    twoWay: true,
  },
  'wheel-calves': {
    wheel: [84, 98],
    body: [line(48, 84, 30, 62), line(48, 84, 70, 82, 104, 88, 108, 80), line(30, 66, 24, 84, 18, 104)],
    head: [25, 52],
    worked: [line(72, 83, 102, 88)],
    arrows: [roll(70, 98)],
    twoWay: true,
  },
  'wheel-thoracic-extension': {
    wheel: [54, 98],
    body: [line(82, 104, 54, 86, 38, 92), line(82, 104, 96, 80, 104, 106, 110, 106), line(44, 89, 28, 82, 12, 90)],
    head: [30, 98],
    worked: [line(44, 89, 54, 86, 66, 93)],
    arrows: ['M40 70 Q24 70 16 80', roll(46, 62)],
  },

  // ---------- static ----------
  'hamstring-stretch': {
    body: [line(22, 104, 58, 104), line(58, 104, 84, 104, 110, 104), line(58, 104, 62, 76, 66, 48, 72, 46), line(26, 103, 42, 88, 60, 82)],
    head: [14, 100],
    worked: [line(58, 104, 62, 76)],
  },
  'quad-stretch': {
    wall: 100,
    body: [
      line(56, 28, 56, 60),
      line(56, 60, 58, 84, 58, 108, 65, 108),
      line(56, 60, 50, 84, 44, 64),
      line(56, 32, 48, 46, 45, 62),
      line(56, 32, 76, 36, 96, 34),
    ],
    head: [56, 18],
    worked: [line(56, 62, 50, 84)],
  },
  'hip-flexor-stretch': {
    body: [
      line(54, 78, 56, 46),
      line(54, 78, 80, 80, 82, 108, 89, 108),
      line(54, 78, 44, 104, 22, 106),
      line(56, 50, 48, 62, 52, 74),
      line(56, 50, 68, 62, 76, 74),
    ],
    head: [57, 36],
    worked: [line(54, 78, 44, 104)],
    patches: [[53, 80, 9]],
  },
  'figure-four-stretch': {
    body: [line(22, 104, 56, 104), line(56, 104, 62, 74, 86, 70), line(56, 104, 82, 94, 64, 78), line(26, 103, 42, 88, 58, 80)],
    head: [14, 100],
    worked: [line(56, 104, 82, 94)],
    patches: [[57, 102, 10]],
  },
  'knee-to-chest': {
    body: [line(22, 104, 56, 104), line(56, 104, 82, 104, 110, 104), line(56, 104, 46, 80, 64, 72), line(26, 103, 34, 88, 46, 78)],
    head: [14, 100],
    worked: [line(56, 104, 46, 80)],
    patches: [[54, 102, 10]],
  },
  'childs-pose': {
    body: ['M40 94 Q54 78 74 96', line(40, 94, 62, 106, 36, 108), line(74, 96, 94, 104, 114, 106)],
    head: [84, 96],
    worked: ['M40 94 Q54 78 74 96'],
  },
  'calf-stretch': {
    wall: 108,
    body: [
      line(60, 64, 76, 38),
      line(60, 64, 72, 86, 76, 108, 84, 108),
      line(60, 64, 46, 86, 32, 106, 24, 108),
      line(76, 42, 92, 44, 104, 40),
    ],
    head: [82, 29],
    worked: [line(46, 86, 32, 106)],
  },
  'seated-glute-stretch': {
    body: [line(32, 102, 30, 70), line(32, 102, 58, 104, 86, 104), line(32, 102, 52, 76, 62, 104), line(30, 74, 42, 80, 52, 74)],
    head: [30, 60],
    worked: [line(32, 100, 52, 76)],
    patches: [[34, 100, 10]],
  },
  'sphinx-pose': {
    body: [line(8, 106, 52, 104), 'M52 104 Q66 100 80 84', line(80, 86, 80, 106, 100, 106)],
    head: [90, 74],
    worked: ['M52 104 Q66 100 80 84'],
    patches: [[60, 102, 10]],
  },
  'outer-hip-stretch': {
    body: [
      line(63, 64, 50, 34),
      line(58, 64, 68, 64),
      line(68, 64, 62, 86, 54, 108),
      line(58, 64, 62, 86, 70, 108),
      line(54, 37, 54, 18, 38, 10),
      line(46, 38, 40, 52, 46, 62),
    ],
    head: [46, 24],
    worked: ['M72 76 Q72 50 56 36'],
    patches: [[70, 68, 9]],
  },
};

type Point = [number, number];

/** The points a path passes through or bends toward (controls included), for its end directions. */
function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  let at: Point = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVQC])([^MLHVQC]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'H') at = [n[0]!, at[1]];
    else if (command === 'V') at = [at[0], n[0]!];
    else {
      for (let i = 0; i + 1 < n.length; i += 2) points.push([n[i]!, n[i + 1]!]);
      at = points[points.length - 1]!;
      continue;
    }
    points.push(at);
  }
  return points;
}

/** A filled triangle pointing from `from` to `tip`. */
function head(tip: Point, from: Point): string {
  const length = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  const [ux, uy] = [(tip[0] - from[0]) / length, (tip[1] - from[1]) / length];
  const [px, py] = [tip[0] + ux * 3, tip[1] + uy * 3];
  const [bx, by] = [px - ux * 9, py - uy * 9];
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(px)} ${r(py)} L${r(bx - uy * 5)} ${r(by + ux * 5)} L${r(bx + uy * 5)} ${r(by - ux * 5)} Z`;
}

/** Arrowheads for an arrow path: at its end, and at its start too for a back-and-forth move. */
export function arrowHeads(d: string, twoWay: boolean): string[] {
  const points = pathPoints(d);
  if (points.length < 2) return [];
  const heads = [head(points[points.length - 1]!, points[points.length - 2]!)];
  if (twoWay) heads.push(head(points[0]!, points[1]!));
  return heads;
}

/** How far a figure is drawn raised: a wheel's roll runs under the floor, and its arrowheads must stay inside the frame. */
export function sceneLift(spec: FigureSpec): number {
  return spec.wheel ? 6 : 0;
}

export function figureFor(movementId: string): FigureSpec | undefined {
  return Object.hasOwn(FIGURES, movementId) ? FIGURES[movementId] : undefined;
}
