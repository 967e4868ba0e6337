/**
 * Which years a history write changes, and their new lists, without walking the whole history:
 * a save adds or edits one session, so the lists before and after share a long head and tail
 * (the same session objects), and only the years of what lies between them are rebuilt.
 */
import type { Session } from '../../../src/lib/history/types';

export const yearOf = (s: Session) => s.localDate.slice(0, 4);

/**
 * `before` is ordered by year (as the store reads it). The new list of every year whose sessions
 * differ in `next`; empty when nothing changed. Null when `next` is not ordered by year: then the
 * head and tail do not say where each year's sessions are, and the caller groups the whole list.
 */
export function yearChanges(before: readonly Session[], next: readonly Session[]): Map<string, Session[]> | null {
  const shared = Math.min(before.length, next.length);
  let head = 0;
  while (head < shared && before[head] === next[head]) head++;
  let tail = 0;
  while (tail < shared - head && before[before.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const added = next.slice(head, next.length - tail);
  const removed = before.slice(head, before.length - tail);

  let last = head > 0 ? yearOf(before[head - 1]!) : '';
  for (const s of added) {
    if (yearOf(s) < last) return null;
    last = yearOf(s);
  }
  if (tail > 0 && yearOf(before[before.length - tail]!) < last) return null;

  const changes = new Map<string, Session[]>();
  for (const year of new Set([...removed, ...added].map(yearOf))) {
    // The year's sessions in the head end it, and those in the tail start it: the lists are in year order.
    let from = head;
    while (from > 0 && yearOf(before[from - 1]!) === year) from--;
    let to = before.length - tail;
    while (to < before.length && yearOf(before[to]!) === year) to++;
    changes.set(year, [...before.slice(from, head), ...added.filter((s) => yearOf(s) === year), ...before.slice(before.length - tail, to)]);
  }
  return changes;
}
