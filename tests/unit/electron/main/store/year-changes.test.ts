/** A save's changed years, found from the head and tail the lists share: the same as grouping the whole list. */
import { describe, expect, it } from 'vitest';
import { yearChanges } from '../../../../../electron/main/store/year-changes';
import type { Session } from '../../../../../src/lib/history/types';

const session = (localDate: string, id = `s-${localDate}`): Session => ({
  id,
  startedAt: `${localDate}T07:00:00.000Z`,
  localDate,
  routine: null,
  checkIn: null,
  updatedAt: `${localDate}T07:00:00.000Z`,
});
const ids = (changes: Map<string, Session[]> | null) =>
  changes && Object.fromEntries([...changes].map(([year, list]) => [year, list.map((s) => s.id)]));

const BEFORE = [session('2024-05-01'), session('2024-12-31'), session('2025-01-01'), session('2025-06-01'), session('2026-11-28')];

describe('yearChanges', () => {
  it('a session added at the end changes only its year, with the sessions it already had', () => {
    expect(ids(yearChanges(BEFORE, [...BEFORE, session('2026-11-29')]))).toEqual({ '2026': ['s-2026-11-28', 's-2026-11-29'] });
  });
  it('an edit in the middle of a year keeps the year whole around it', () => {
    const edited = { ...BEFORE[3]!, id: 'edited' };
    expect(ids(yearChanges(BEFORE, BEFORE.with(3, edited)))).toEqual({ '2025': ['s-2025-01-01', 'edited'] });
    const first = { ...BEFORE[2]!, id: 'edited' };
    expect(ids(yearChanges(BEFORE, BEFORE.with(2, first)))).toEqual({ '2025': ['edited', 's-2025-06-01'] });
  });
  it('a deleted session changes its year; a year left empty is given as empty', () => {
    expect(ids(yearChanges(BEFORE, BEFORE.toSpliced(1, 1)))).toEqual({ '2024': ['s-2024-05-01'] });
    expect(ids(yearChanges(BEFORE, BEFORE.toSpliced(4, 1)))).toEqual({ '2026': [] });
  });
  it('a session inserted between years belongs to its own year only', () => {
    expect(ids(yearChanges(BEFORE, BEFORE.toSpliced(2, 0, session('2025-01-01', 'new'))))).toEqual({
      '2025': ['new', 's-2025-01-01', 's-2025-06-01'],
    });
  });
  it('nothing changed: no year', () => {
    expect(ids(yearChanges(BEFORE, [...BEFORE]))).toEqual({});
  });
  it('a list out of year order is left to the caller to group whole', () => {
    expect(yearChanges(BEFORE, [...BEFORE, session('2024-06-01')])).toBeNull();
    expect(yearChanges(BEFORE, BEFORE.toSpliced(1, 0, session('2026-01-01')))).toBeNull();
  });
});
