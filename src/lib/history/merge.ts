/**
 * Merging an imported history into the runner's: the last step of "Import history", after the
 * runner said yes to a preview. Pure (no Electron, no Node); main writes the result.
 */
import { compareInstants } from './dates';
import type { Session } from './types';

/**
 * `current` with the sessions of `toAdd` it does not hold yet (matched by id), all in start order.
 * Checked again here, not only at the preview: the history may have changed in between.
 */
export function mergeImport(current: readonly Session[], toAdd: readonly Session[]): { sessions: Session[]; added: Session[] } {
  const known = new Set(current.map((s) => s.id));
  const added = toAdd.filter((s) => !known.has(s.id));
  // A stable sort: sessions that started at the same instant keep the history's order, then the file's.
  const sessions = [...current, ...added].sort((a, b) => compareInstants(a.startedAt, b.startedAt));
  return { sessions, added };
}
