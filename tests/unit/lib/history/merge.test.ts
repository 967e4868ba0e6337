/** The import merge: what the runner's history holds after they confirm an import. */
import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../../src/lib/history/merge';
import type { Session } from '../../../../src/lib/history/types';
import { session } from '../../../support/history';

const at = (id: string, startedAt: string): Session => session(startedAt.slice(0, 10), { id, startedAt });

describe('mergeImport', () => {
  it('adds the file’s new sessions among the runner’s, in start order', () => {
    const current = [at('a', '2026-11-20T07:00:00.000Z'), at('c', '2026-11-24T07:00:00.000Z')];
    const file = [at('d', '2026-11-25T07:00:00.000Z'), at('b', '2026-11-22T07:00:00.000Z')];
    const { sessions, added } = mergeImport(current, file);
    expect(sessions.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(added.map((s) => s.id)).toEqual(['d', 'b']);
  });

  it('skips a session already there by id, keeping the runner’s copy', () => {
    const mine = at('a', '2026-11-20T07:00:00.000Z');
    const theirs = { ...mine, checkIn: null };
    const { sessions, added } = mergeImport([mine], [theirs, at('b', '2026-11-21T07:00:00.000Z')]);
    expect(sessions).toEqual([mine, expect.objectContaining({ id: 'b' })]);
    expect(added.map((s) => s.id)).toEqual(['b']);
  });

  it('orders by instant, not by the text of the time (offsets differ)', () => {
    // 08:00+02:00 is 06:00Z: before 07:00Z, though its text sorts after.
    const current = [at('utc', '2026-11-20T07:00:00.000Z')];
    const { sessions } = mergeImport(current, [at('offset', '2026-11-20T08:00:00+02:00')]);
    expect(sessions.map((s) => s.id)).toEqual(['offset', 'utc']);
  });

  it('keeps sessions of the same instant in the history’s order, then the file’s', () => {
    const current = [at('x', '2026-11-20T07:00:00.000Z')];
    const { sessions } = mergeImport(current, [at('y', '2026-11-20T07:00:00.000Z'), at('z', '2026-11-20T07:00:00.000Z')]);
    expect(sessions.map((s) => s.id)).toEqual(['x', 'y', 'z']);
  });

  it('adds nothing when every session is there, and changes neither list', () => {
    const current = Object.freeze([at('a', '2026-11-20T07:00:00.000Z')]);
    const file = Object.freeze([at('a', '2026-11-20T07:00:00.000Z')]);
    expect(mergeImport(current, file)).toEqual({ sessions: [current[0]], added: [] });
  });
});
