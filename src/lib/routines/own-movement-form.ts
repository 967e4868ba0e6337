/** The movement form's working copy: what the fields hold, what goes to main, and which field each message belongs to. */
import { DEFAULT_DURATION_SEC } from './catalog';
import type { OwnMovementInput } from './own-movements';
import type { OwnMovement, OwnMovementKind } from './types';

export interface MovementFields {
  name: string;
  kind: OwnMovementKind;
  /** NaN while the field is empty; validation then names it. */
  durationSec: number;
  perSide: boolean;
  howTo: string;
  caution: string;
}

export type MovementField = 'name' | 'kind' | 'defaultDurationSec' | 'perSide' | 'howTo' | 'caution';

export function fieldsFrom(movement?: OwnMovement): MovementFields {
  if (!movement) return { name: '', kind: 'static', durationSec: DEFAULT_DURATION_SEC.static, perSide: false, howTo: '', caution: '' };
  const { name, kind, defaultDurationSec, perSide, howTo, caution } = movement;
  return { name, kind, durationSec: defaultDurationSec, perSide, howTo, caution: caution ?? '' };
}

export function inputFrom(fields: MovementFields, id?: string): OwnMovementInput {
  return {
    ...(id === undefined ? {} : { id }),
    name: fields.name,
    kind: fields.kind,
    defaultDurationSec: fields.durationSec,
    perSide: fields.perSide,
    howTo: fields.howTo,
    caution: fields.caution,
  };
}

const FIELDS: readonly MovementField[] = ['name', 'kind', 'defaultDurationSec', 'perSide', 'howTo', 'caution'];

/** Messages by field; those that belong to no field (a refusal as a whole) under 'form'. */
export function messagesByField(errors: readonly { path: string; message: string }[]): Partial<Record<MovementField | 'form', string>> {
  const out: Partial<Record<MovementField | 'form', string>> = {};
  for (const { path, message } of errors) {
    const key = (FIELDS as readonly string[]).includes(path) ? (path as MovementField) : 'form';
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}
