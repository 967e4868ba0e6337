/**
 * Which movements the editor's picker offers for a search and a kind. Every word typed must be
 * found in the movement's name or its kind's name; case and accents do not matter ("etirement"
 * finds "Étirement"), and the words may come in any order.
 */
import type { AnyMovement } from './movement-lookup';
import type { OwnMovementKind } from './types';

export type KindFilter = 'all' | OwnMovementKind;

/** Lower case without accents, so that what is typed and what is shown compare alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function searchMovements<M extends AnyMovement>(
  movements: readonly M[],
  query: string,
  kind: KindFilter,
  kindLabels: Readonly<Record<M['kind'], string>>,
): M[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return movements.filter((m) => {
    if (kind !== 'all' && m.kind !== kind) return false;
    const haystack = foldForSearch(`${m.name} ${kindLabels[m.kind as M['kind']]}`);
    return words.every((w) => haystack.includes(w));
  });
}
