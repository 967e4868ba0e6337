/** Domain types for movements and routines. Pure data: shared by main, preload-free renderer and tests. */

/** The three kinds of movement the source article names. */
export type MovementKind = 'dynamic' | 'wheel' | 'static';

/** When a routine is meant to be done. */
export type RoutinePhase = 'before' | 'after';

export interface Movement {
  id: string;
  name: string;
  kind: MovementKind;
  /** Default time for one side (or the whole movement when not per side), in seconds. */
  defaultDurationSec: number;
  /** True when the movement is held or done once on each side (left, then right). */
  perSide: boolean;
  /** Short how-to, in our own words. */
  howTo: string;
  /** One line of care for a sore back, where it matters. */
  caution?: string;
}

export type StepSides = 'one' | 'each';

export interface RoutineStep {
  /** Stable id within the routine (for keyed lists and reordering). */
  id: string;
  movementId: string;
  /** Seconds per side (each) or for the whole step (one). */
  durationSec: number;
  sides: StepSides;
  /** Rest after this step, in seconds (0 = none). */
  restAfterSec: number;
}

export interface Routine {
  id: string;
  name: string;
  phase: RoutinePhase;
  steps: RoutineStep[];
  /** Built-ins are read-only: editing one makes a copy. */
  builtIn: boolean;
  /** ISO instant of the last change. */
  updatedAt: string;
}

/** Kinds a runner can give a movement of their own: the article's three, or none of them. */
export type OwnMovementKind = MovementKind | 'other';

/** The picture file types an own movement may carry (checked and re-encoded or refused by main). */
export type PictureType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

/** A picture main has checked and copied into the data folder's pictures/ folder. */
export interface MovementPicture {
  /** File name inside pictures/ (never a path); served as app://backstride/pictures/<file>. */
  file: string;
  type: PictureType;
  bytes: number;
  width: number;
  height: number;
}

/**
 * A movement the runner made. Same fields as a catalog movement, so the player, cues and history
 * treat both alike; ids start with "own-" so they never meet a catalog id.
 */
export interface OwnMovement extends Omit<Movement, 'kind'> {
  kind: OwnMovementKind;
  /** Absent: the neutral figure for its kind is shown. */
  picture?: MovementPicture;
  /** ISO instant of the last change. */
  updatedAt: string;
}
