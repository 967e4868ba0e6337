/**
 * The movement catalog: every movement a routine step can use.
 *
 * Default durations and where they come from:
 * - Static stretches: 30 s per side. The ACSM position (ACSM's Guidelines for Exercise Testing and
 *   Prescription, flexibility section) is to hold a static stretch for about 10–30 s at mild
 *   tension and repeat it; 30 s is the top of that band and a common single-hold dose.
 * - Back-wheel (foam roller style) positions: 45 s per area, in the middle of the 30–60 s used
 *   for a quick pre-run loosen-up. Rolling protocols summarised in the reviews by Cheatham et al.
 *   2015 (Int J Sports Phys Ther 10(6):827–838) and Wiewelhove et al. 2019 (Front Physiol 10:376)
 *   mostly sit around 30–120 s per muscle area; the built-in post-run routines use 60–120 s.
 * - Dynamic drills: about 30 s each (roughly 8–12 controlled repetitions or 20–30 strides in
 *   place), a usual dose for a short running warm-up.
 *
 * Each id has a figure in src/components/movement/figures.ts.
 */
import { deepFreeze } from './freeze';
import type { Movement, MovementKind } from './types';

/** Default durations (seconds) by kind; see the sources above. */
export const DEFAULT_DURATION_SEC: Readonly<Record<MovementKind, number>> = Object.freeze({
  dynamic: 30,
  wheel: 45,
  static: 30,
});

/** General care notes per kind, for the player or editor to show once. */
export const KIND_NOTES: Readonly<Record<MovementKind, string>> = Object.freeze({
  dynamic: 'Move smoothly and build the range gradually; a warm-up should never hurt.',
  wheel: 'Roll the upper and mid back, the glutes and the legs, never directly on the lower back; go slowly and breathe.',
  static: 'Hold each stretch still at a gentle pull, without bouncing. Stop if pain shoots down a leg.',
});

const D = DEFAULT_DURATION_SEC;

const LIST: Movement[] = [
  // ---------- dynamic warm-up moves ----------
  {
    id: 'leg-swing-front-back',
    name: 'Leg swings (front to back)',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: true,
    howTo:
      'Stand tall with one hand on a wall and swing the outside leg forward and back like a pendulum. Let the range grow a little with each swing.',
    caution: 'Keep your trunk still; do not fling the leg or arch your lower back at the end of the swing.',
  },
  {
    id: 'leg-swing-side',
    name: 'Leg swings (side to side)',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: true,
    howTo: 'Face a wall with both hands on it and swing one leg across your body and out to the side, loose and relaxed.',
    caution: 'Keep your hips level and the swing controlled rather than forced.',
  },
  {
    id: 'hip-circles',
    name: 'Hip circles',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo:
      'Stand with feet hip-width apart and hands on your hips, and trace slow, wide circles with your pelvis. Change direction halfway.',
    caution: 'Keep the circles small enough that the lower back stays comfortable.',
  },
  {
    id: 'walking-lunge-twist',
    name: 'Walking lunge with a twist',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo:
      'Step forward into a lunge and turn your chest toward the front knee, then come back to centre and step through with the other leg.',
    caution: 'Turn from the upper back and keep the front knee over the foot; shorten the lunge if your back complains.',
  },
  {
    id: 'high-knees',
    name: 'High knees',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo: 'Jog on the spot, lifting each knee toward hip height and pumping your arms in time.',
    caution: 'Land softly and stand tall instead of leaning back.',
  },
  {
    id: 'butt-kicks',
    name: 'Butt kicks',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo: 'Jog on the spot and flick each heel up toward your seat, knees pointing at the ground.',
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo:
      'On hands and knees, slowly round your back up toward the ceiling, then let the chest sink and lift your gaze. Move with your breath.',
    caution: 'Stay in a pain-free range, especially as you sink into the arch.',
  },
  {
    id: 'worlds-greatest-stretch',
    name: "World's greatest stretch",
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: true,
    howTo:
      'From a long lunge, put both hands on the floor inside the front foot, then turn and reach the inside arm toward the ceiling. Return and repeat.',
    caution: 'Rotate through the upper back; ease off if you feel a pinch low in the back.',
  },
  {
    id: 'glute-bridge',
    name: 'Glute bridges',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo:
      'Lie on your back, knees bent and feet flat, and squeeze your glutes to lift the hips until knees, hips and shoulders line up. Lower slowly and repeat.',
    caution: 'Lift with the glutes rather than by arching the lower back; stop at a straight line.',
  },
  {
    id: 'torso-rotation',
    name: 'Torso rotations',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo: 'Stand with feet apart and knees soft, and turn your shoulders from side to side, letting the arms swing loosely.',
    caution: 'Let the hips turn a little too so the twist is not forced through the lower back.',
  },
  {
    id: 'inchworm',
    name: 'Inchworm',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo: 'From standing, fold forward and walk your hands out to a plank, then walk the feet in toward the hands and roll up to stand.',
    caution: 'Bend your knees as much as you need; skip it if folding forward brings on pain.',
  },
  {
    id: 'bird-dog',
    name: 'Bird dog',
    kind: 'dynamic',
    defaultDurationSec: D.dynamic,
    perSide: false,
    howTo: 'On hands and knees, reach one arm forward and the opposite leg back until both line up with your trunk, pause, then switch.',
    caution: 'Keep the back flat and still like a tabletop; only lift as high as you can without arching.',
  },

  // ---------- back-wheel rolling positions ----------
  {
    id: 'wheel-upper-back',
    name: 'Back wheel: upper back',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: false,
    howTo:
      'Lie back with the wheel under your shoulder blades, feet flat and hands behind your head, and roll slowly between the tops of the shoulders and the mid back.',
    caution: 'Support your head with your hands and keep the wheel off your neck.',
  },
  {
    id: 'wheel-mid-back',
    name: 'Back wheel: mid back',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: false,
    howTo: 'Set the wheel under the middle of your back, lift the hips a little and roll in short strokes over the area behind the ribs.',
    caution: 'Stop at the bottom of the ribcage; never roll onto the lower (lumbar) spine.',
  },
  {
    id: 'wheel-side',
    name: 'Back wheel: sides and lats',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: true,
    howTo:
      'Lie on your side with the wheel just below the armpit and that arm reaching overhead, then roll slowly down along the side of the ribs.',
    caution: 'Keep the pressure moderate and stay on the ribs, not the soft waist.',
  },
  {
    id: 'wheel-glutes',
    name: 'Back wheel: glutes and hips',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: true,
    howTo: 'Sit on the wheel, cross one ankle over the other knee and lean toward the crossed leg, then roll slowly over that buttock.',
    caution: 'Stay on the fleshy part of the buttock, away from the base of the spine; stop if pain shoots down a leg.',
  },
  {
    id: 'wheel-hamstrings',
    name: 'Back wheel: hamstrings',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: true,
    howTo:
      'Sit with the wheel under the back of one thigh and your hands on the floor behind you, and roll between just above the knee and just below the buttock.',
    caution: 'Take the weight through your hands and keep the back long; stop if you feel tingling down the leg.',
  },
  {
    id: 'wheel-calves',
    name: 'Back wheel: calves',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: true,
    howTo: 'Rest one calf on the wheel, hands behind you, lift your hips and roll from the ankle to just below the knee.',
    caution: 'Do not roll over the back of the knee.',
  },
  {
    id: 'wheel-thoracic-extension',
    name: 'Back wheel: upper-back extension',
    kind: 'wheel',
    defaultDurationSec: D.wheel,
    perSide: false,
    howTo:
      'With the wheel under your upper back and hips on the floor, reach the arms overhead and let the chest open back over the wheel, then come up and shift the wheel a little.',
    caution: 'Keep the bend in the upper back with ribs drawn down; the lower back should not arch over the wheel.',
  },

  // ---------- static stretches ----------
  {
    id: 'hamstring-stretch',
    name: 'Lying hamstring stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo:
      'Lie on your back, lift one leg and hold behind the thigh (or loop a strap round the foot) until you feel a gentle pull. Keep the other leg long.',
    caution: 'Keep a soft knee and let the lower back rest on the floor; stop if pain travels down the leg.',
  },
  {
    id: 'quad-stretch',
    name: 'Standing quad stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo: 'Stand on one leg, holding a wall if needed, and draw the other heel toward your seat with knees side by side.',
    caution: 'Tuck the pelvis slightly under so the lower back does not arch; no bouncing.',
  },
  {
    id: 'hip-flexor-stretch',
    name: 'Half-kneeling hip flexor stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo:
      'Kneel on one knee with the other foot flat in front, tuck the pelvis under and shift forward until the front of the back hip stretches.',
    caution: 'Stay upright and keep it gentle; do not lean back into the lower spine.',
  },
  {
    id: 'figure-four-stretch',
    name: 'Figure-four (piriformis) stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo: 'Lie on your back, rest one ankle on the opposite knee and draw that thigh toward you until the crossed hip stretches.',
    caution: 'Keep your head and lower back relaxed on the floor; stop if pain shoots down a leg.',
  },
  {
    id: 'knee-to-chest',
    name: 'Knee to chest',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo: 'Lie on your back and hug one knee gently toward your chest while the other leg rests on the floor.',
    caution: 'Pull gently and keep the tailbone down; ease off if anything pinches.',
  },
  {
    id: 'childs-pose',
    name: "Child's pose",
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: false,
    howTo: 'Kneel, sit the hips back toward your heels and fold forward, chest on the thighs and arms resting on the floor ahead.',
    caution: 'Widen the knees or put a cushion under the hips if folding this far is uncomfortable.',
  },
  {
    id: 'calf-stretch',
    name: 'Wall calf stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo: 'With hands on a wall, step one foot back, press that heel down and lean in until the calf lengthens.',
  },
  {
    id: 'seated-glute-stretch',
    name: 'Seated glute stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo: 'Sit with one leg long, cross the other foot over it and hug that knee toward the opposite shoulder.',
    caution: 'Sit tall and keep any turn small; do not crank a twist through the lower back.',
  },
  {
    id: 'sphinx-pose',
    name: 'Sphinx (gentle back extension)',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: false,
    howTo: 'Lie face down and prop yourself on your forearms, elbows under the shoulders, letting the lower back settle into a soft arch.',
    caution: 'Keep the hips down and the arch soft; skip it if bending backward makes your pain worse.',
  },
  {
    id: 'outer-hip-stretch',
    name: 'Standing outer hip (IT band) stretch',
    kind: 'static',
    defaultDurationSec: D.static,
    perSide: true,
    howTo:
      'Cross one leg behind the other, push that hip out to the side and reach the same arm overhead until the outer hip and side stretch.',
    caution: 'Lean only as far as is comfortable and hold still rather than bouncing.',
  },
];

/** All movements, in display order: dynamic, wheel, static. Frozen. */
export const MOVEMENTS: readonly Movement[] = deepFreeze(LIST);

const BY_ID: ReadonlyMap<string, Movement> = new Map(MOVEMENTS.map((m) => [m.id, m]));

/** The movement with this id, or undefined when the catalog has none. */
export function movementById(id: string): Movement | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

/** The movement's name for labels, cues and history; its id when the catalog has no such movement. */
export function movementName(id: string): string {
  return movementById(id)?.name ?? id;
}

/** Movements of one kind, in catalog order. */
export function movementsOfKind(kind: MovementKind): Movement[] {
  return MOVEMENTS.filter((m) => m.kind === kind);
}
