/**
 * What importing a shared routine file would do to this library, worked out before anything is
 * written: what is new, what is already here (the same), and what clashes (an id of ours with
 * other content). A clash is never written over: it comes in as a copy with an id of its own,
 * and the preview says so before the runner agrees.
 */
import { plural } from '../../format/plural';
import { isBuiltInId } from '../builtins';
import { uniqueName } from '../library';
import { newOwnMovementId, OWN_MOVEMENT_LIMITS } from '../own-movements';
import type { OwnMovement, Routine } from '../types';
import type { ShareFile, SharedMovement, SharedPicture, SharedRoutine } from './format';

export interface ShareCounts {
  routinesNew: number;
  routinesHere: number;
  routinesCopied: number;
  movementsNew: number;
  movementsHere: number;
  movementsCopied: number;
}

export interface SharePlan {
  /** Whole routines as they will be stored, at the end of the library. */
  routines: Routine[];
  /** New own movements, without their pictures (main checks and stores those first). */
  movements: OwnMovement[];
  /** Pictures to check and store, by the id the movement gets here. */
  pictures: { movementId: string; picture: SharedPicture }[];
  counts: ShareCounts;
}

export type PlanResult = { ok: true; plan: SharePlan } | { ok: false; message: string };

export interface PlanContext {
  now: Date;
  newId: () => string;
}

// Pictures by presence only: their bytes are files main holds, out of reach of this pure plan.
const sameMovement = (a: SharedMovement, b: OwnMovement, withPicture: boolean) =>
  a.name === b.name &&
  a.kind === b.kind &&
  a.defaultDurationSec === b.defaultDurationSec &&
  a.perSide === b.perSide &&
  a.howTo === b.howTo &&
  (a.caution ?? '') === (b.caution ?? '') &&
  withPicture === (b.picture !== undefined);

const sameSteps = (a: SharedRoutine['steps'], b: Routine['steps']) =>
  a.length === b.length &&
  a.every((s, i) => {
    const o = b[i]!;
    return s.movementId === o.movementId && s.durationSec === o.durationSec && s.sides === o.sides && s.restAfterSec === o.restAfterSec;
  });

const sameNameAs = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** `name (imported)`, `name (imported 2)`, … the first not taken among own movements. */
function importedMovementName(name: string, taken: readonly { name: string }[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
    const head = [...name]
      .slice(0, OWN_MOVEMENT_LIMITS.nameMaxChars - [...suffix].length)
      .join('')
      .trimEnd();
    if (!taken.some((m) => sameNameAs(m.name, head + suffix))) return head + suffix;
  }
}

/** Plans the import of a checked file into these routines and own movements. Pure; never changes its arguments. */
export function planShareImport(
  file: ShareFile,
  library: { routines: readonly Routine[]; movements: readonly OwnMovement[] },
  ctx: PlanContext,
): PlanResult {
  const counts: ShareCounts = { routinesNew: 0, routinesHere: 0, routinesCopied: 0, movementsNew: 0, movementsHere: 0, movementsCopied: 0 };
  const at = ctx.now.toISOString();
  // The id each file movement has here: its own, one already here that is the same, or a new one.
  const idHere = new Map<string, string>();
  const movements: OwnMovement[] = [];
  const pictures: SharePlan['pictures'] = [];
  const allMovements = () => [...library.movements, ...movements];

  for (const shared of file.movements) {
    const withPicture = Object.hasOwn(file.pictures, shared.id);
    const sameId = library.movements.find((m) => m.id === shared.id);
    const same =
      sameId && sameMovement(shared, sameId, withPicture) ? sameId : library.movements.find((m) => sameMovement(shared, m, withPicture));
    if (same) {
      idHere.set(shared.id, same.id);
      counts.movementsHere++;
      continue;
    }
    const clash = sameId !== undefined || allMovements().some((m) => sameNameAs(m.name, shared.name));
    const id = sameId === undefined ? shared.id : newOwnMovementId(ctx.newId, new Set(allMovements().map((m) => m.id)));
    const name = clash ? importedMovementName(shared.name, allMovements()) : shared.name;
    movements.push({ ...shared, id, name, updatedAt: at });
    idHere.set(shared.id, id);
    if (withPicture) pictures.push({ movementId: id, picture: file.pictures[shared.id]! });
    if (clash) counts.movementsCopied++;
    else counts.movementsNew++;
  }
  if (library.movements.length + movements.length > OWN_MOVEMENT_LIMITS.maxMovements) {
    return { ok: false, message: `Importing it would make more than ${OWN_MOVEMENT_LIMITS.maxMovements} movements of your own.` };
  }

  const routines: Routine[] = [];
  const allRoutines = () => [...library.routines, ...routines];
  for (const shared of file.routines) {
    const steps = shared.steps.map((s) => ({ ...s, movementId: idHere.get(s.movementId) ?? s.movementId }));
    const sameId = library.routines.find((r) => r.id === shared.id);
    if (sameId && sameId.name === shared.name && sameId.phase === shared.phase && sameSteps(steps, sameId.steps)) {
      counts.routinesHere++;
      continue;
    }
    const idFree = sameId === undefined && !isBuiltInId(shared.id) && !routines.some((r) => r.id === shared.id);
    const id = idFree ? shared.id : freshRoutineId(allRoutines(), ctx.newId);
    const clash = !idFree || allRoutines().some((r) => r.name === shared.name);
    const name = clash ? uniqueName(shared.name, 'imported', allRoutines()) : shared.name;
    routines.push({ id, name, phase: shared.phase, steps, builtIn: false, updatedAt: at });
    if (clash) counts.routinesCopied++;
    else counts.routinesNew++;
  }
  return { ok: true, plan: { routines, movements, pictures, counts } };
}

function freshRoutineId(list: readonly Routine[], newId: () => string): string {
  const taken = new Set(list.map((r) => r.id));
  for (;;) {
    const id = String(newId());
    if (id !== '' && id.length <= 100 && !taken.has(id) && !isBuiltInId(id)) return id;
  }
}

const and = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** "Adds 1 routine and 2 movements; 1 movement already here." and what comes in as a copy. */
export function previewSentence(counts: ShareCounts): string {
  const added = (routines: number, movements: number) =>
    and([...(routines > 0 ? [plural(routines, 'routine')] : []), ...(movements > 0 ? [plural(movements, 'movement')] : [])]);
  const adds = added(counts.routinesNew + counts.routinesCopied, counts.movementsNew + counts.movementsCopied);
  const here = added(counts.routinesHere, counts.movementsHere);
  const copied = added(counts.routinesCopied, counts.movementsCopied);
  const first = adds ? `Adds ${adds}${here ? `; ${here} already here` : ''}.` : `Nothing to add: ${here} already here.`;
  if (!copied) return first;
  const one = counts.routinesCopied + counts.movementsCopied === 1;
  return `${first} ${copied} ${one ? 'differs' : 'differ'} from yours of the same name or id: ${one ? 'it comes' : 'they come'} in as ${one ? 'a copy' : 'copies'} named “(imported)”, and yours ${one ? 'stays' : 'stay'} as ${one ? 'it is' : 'they are'}.`;
}
