/**
 * Which of a routine's errors the editor shows, and where: its own checks from the first Save on
 * (a step's duration or rest as soon as it is typed), and main's refusal while the draft is still as sent.
 */
import type { ValidationError } from './validation';

export type StepField = 'durationSec' | 'restAfterSec' | 'sides' | 'movementId';

/** Where an error belongs: the name field, the step list, one step's field, or the routine as a whole. */
export type ErrorTarget =
  { kind: 'name' } | { kind: 'steps' } | { kind: 'step'; index: number; field: StepField | null } | { kind: 'routine' };

export function errorTarget(path: string): ErrorTarget {
  if (path === 'name') return { kind: 'name' };
  if (path === 'steps') return { kind: 'steps' };
  const match = /^steps\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match) {
    const field = match[2];
    const known: readonly string[] = ['durationSec', 'restAfterSec', 'sides', 'movementId'];
    return { kind: 'step', index: Number(match[1]), field: field !== undefined && known.includes(field) ? (field as StepField) : null };
  }
  return { kind: 'routine' };
}

/** The errors shown as they are typed, before any Save: a step's duration or rest being out of range. */
export function typedErrors(errors: readonly ValidationError[]): ValidationError[] {
  return errors.filter((e) => {
    const target = errorTarget(e.path);
    return target.kind === 'step' && (target.field === 'durationSec' || target.field === 'restAfterSec');
  });
}

export interface ShownErrors {
  /** For the summary: the editor's own (once Save was pressed) and main's. */
  all: ValidationError[];
  /** Beside the name field, and above the step list. */
  name: string[];
  steps: string[];
  /** For the step cards: all of them after a Save; before, only what is wrong as it is typed. */
  stepFields: ValidationError[];
}

export function shownErrors(input: {
  /** Save has been pressed at least once. */
  attempted: boolean;
  /** The editor's own check of the draft as it is now. */
  own: readonly ValidationError[];
  /** What main refused, for the draft as it was sent (a snapshot), or null. */
  refused: { issues: readonly ValidationError[]; sent: string } | null;
  /** A snapshot of the draft as it is now: once it differs from what was sent, main's refusal no longer applies. */
  now: string;
}): ShownErrors {
  const main = input.refused && input.refused.sent === input.now ? input.refused.issues : [];
  const all = [...(input.attempted ? input.own : []), ...main];
  const messagesFor = (kind: 'name' | 'steps') => all.filter((e) => errorTarget(e.path).kind === kind).map((e) => e.message);
  return { all, name: messagesFor('name'), steps: messagesFor('steps'), stepFields: input.attempted ? all : typedErrors(input.own) };
}
