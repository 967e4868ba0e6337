/** Session building: where a routine or check-in lands in the history, and which days are refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteSession, insertInStartOrder, recordRoutine, restoreSession, saveCheckIn } from '../../../../src/lib/history/sessions';
import type { Session } from '../../../../src/lib/history/types';
import { checkIn, routineRun, session } from '../../../support/history';
import { canUseZone } from '../../../support/time-zone';

// Written out by hand in Berlin time (UTC+1 in November) so that "today" and local noon are known.
const savedTz = process.env.TZ;
beforeEach(() => (process.env.TZ = 'Europe/Berlin'));
afterEach(() => (process.env.TZ = savedTz));

const now = new Date('2026-11-26T18:30:00.000Z'); // 19:30 on 26 November in Berlin
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const context = () => ({ now, newId: ids() });

const monday = session('2026-11-23', { id: 'mon', startedAt: '2026-11-23T06:00:00.000Z' });
const wednesday = session('2026-11-25', { id: 'wed', startedAt: '2026-11-25T06:00:00.000Z' });
const history: readonly Session[] = Object.freeze([monday, wednesday]);

describe('a new check-in without a routine', () => {
  it('starts now, on today’s local date, at the end of the history', () => {
    const result = saveCheckIn(history, { sessionId: null, checkIn: checkIn({ painNow: 4 }) }, context());
    expect(result).toEqual({
      ok: true,
      session: {
        id: 'new-1',
        startedAt: '2026-11-26T18:30:00.000Z',
        localDate: '2026-11-26',
        routine: null,
        checkIn: checkIn({ painNow: 4 }),
        updatedAt: '2026-11-26T18:30:00.000Z',
      },
      sessions: [monday, wednesday, expect.objectContaining({ id: 'new-1' })],
    });
  });

  it.skipIf(!canUseZone('America/New_York'))('is today’s in the runner’s zone even when UTC has already moved on', () => {
    const lateEvening = new Date('2026-11-27T02:00:00.000Z'); // the 27th in UTC
    process.env.TZ = 'America/New_York'; // 21:00 on the 26th
    const result = saveCheckIn(history, { sessionId: null, checkIn: checkIn() }, { now: lateEvening, newId: ids() });
    expect(result.ok && result.session.localDate).toBe('2026-11-26');
    // The runner's Day field says the 26th: that is today, so it starts now, and the 27th is still to come.
    const named = saveCheckIn(
      history,
      { sessionId: null, checkIn: checkIn(), localDate: '2026-11-26' },
      { now: lateEvening, newId: ids() },
    );
    expect(named.ok && named.session.startedAt).toBe('2026-11-27T02:00:00.000Z');
    const tomorrow = saveCheckIn(
      history,
      { sessionId: null, checkIn: checkIn(), localDate: '2026-11-27' },
      { now: lateEvening, newId: ids() },
    );
    expect(tomorrow.ok).toBe(false);
  });

  it('takes today named as its day like no day at all', () => {
    const result = saveCheckIn(history, { sessionId: null, checkIn: checkIn(), localDate: '2026-11-26' }, context());
    expect(result.ok && result.session.startedAt).toBe('2026-11-26T18:30:00.000Z');
  });

  it('dated on a missed day starts at local noon that day and sits between its neighbours', () => {
    const result = saveCheckIn(history, { sessionId: null, checkIn: checkIn(), localDate: '2026-11-24' }, context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session).toMatchObject({ localDate: '2026-11-24', startedAt: '2026-11-24T11:00:00.000Z' });
    expect(result.sessions.map((s) => s.id)).toEqual(['mon', 'new-1', 'wed']);
  });

  it('refuses a day after today, before 2000, or not on the calendar, in words for the Day field', () => {
    const refused = (localDate: string) => saveCheckIn(history, { sessionId: null, checkIn: checkIn(), localDate }, context());
    expect(refused('2026-11-27')).toEqual({
      ok: false,
      reason: 'bad-day',
      problem: 'cannot be after today: a check-in is for a day that has happened',
    });
    expect(refused('1999-12-31')).toEqual({ ok: false, reason: 'bad-day', problem: 'cannot be before 1 January 2000' });
    expect(refused('2026-02-30')).toEqual({ ok: false, reason: 'bad-day', problem: 'must be a real calendar date' });
  });
});

describe('a check-in on an existing session', () => {
  it('replaces that session’s check-in in its place and stamps the change', () => {
    const result = saveCheckIn(history, { sessionId: 'mon', checkIn: checkIn({ painNow: 7 }) }, context());
    expect(result).toEqual({
      ok: true,
      session: { ...monday, checkIn: checkIn({ painNow: 7 }), updatedAt: '2026-11-26T18:30:00.000Z' },
      sessions: [{ ...monday, checkIn: checkIn({ painNow: 7 }), updatedAt: '2026-11-26T18:30:00.000Z' }, wednesday],
    });
  });

  it('refuses a session that is not there', () => {
    expect(saveCheckIn(history, { sessionId: 'gone', checkIn: checkIn() }, context())).toEqual({ ok: false, reason: 'not-found' });
  });

  it('refuses a day: the session keeps the day it happened on', () => {
    const result = saveCheckIn(history, { sessionId: 'mon', checkIn: checkIn(), localDate: '2026-11-20' }, context());
    expect(result).toEqual({ ok: false, reason: 'day-for-existing' });
  });
});

describe('a played routine', () => {
  it('becomes a session on the local day it started, with no check-in yet', () => {
    // 23:30 UTC on the 24th is 00:30 on the 25th in Berlin.
    const played = routineRun({ startedAt: '2026-11-24T23:30:00.000Z', endedAt: '2026-11-24T23:40:00.000Z' });
    const sessions = recordRoutine(history, played, context());
    expect(sessions.slice(0, 2)).toEqual([monday, wednesday]);
    expect(sessions[2]).toEqual({
      id: 'new-1',
      startedAt: '2026-11-24T23:30:00.000Z',
      localDate: '2026-11-25',
      routine: played,
      checkIn: null,
      updatedAt: '2026-11-26T18:30:00.000Z',
    });
  });
});

describe('delete and undo', () => {
  it('takes a session out and puts it back where it was', () => {
    const deleted = deleteSession(history, 'mon');
    expect(deleted).toEqual({ sessions: [wednesday], removed: monday });
    expect(restoreSession(deleted!.sessions, monday)).toEqual([monday, wednesday]);
  });

  it('says so when there is nothing to delete, or the session is already back', () => {
    expect(deleteSession(history, 'gone')).toBeNull();
    expect(restoreSession(history, monday)).toBeNull();
  });
});

describe('start order', () => {
  it('puts a session after others that started at the same instant, whatever their offsets', () => {
    const same = session('2026-11-25', { id: 'same', startedAt: '2026-11-25T07:00:00+01:00' }); // = 06:00Z, as wednesday
    expect(insertInStartOrder(history, same).map((s) => s.id)).toEqual(['mon', 'wed', 'same']);
    const first = session('2026-11-22', { id: 'first', startedAt: '2026-11-22T06:00:00.000Z' });
    expect(insertInStartOrder(history, first).map((s) => s.id)).toEqual(['first', 'mon', 'wed']);
  });
});
