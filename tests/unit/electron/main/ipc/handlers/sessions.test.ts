import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckIn, RoutineRun, Session } from '../../../../../../src/lib/history/types';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let clock = new Date('2026-11-26T18:00:00Z');
let main: TestMainProcess;

beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-11-26T18:00:00Z');
  main = startMainProcess(temp.dir, { now: () => clock });
});
afterEach(() => temp.cleanup());

const routineRun: RoutineRun = {
  routineId: 'builtin-after',
  routineName: 'After the run',
  phase: 'after',
  startedAt: '2026-11-26T17:40:00.000Z',
  endedAt: '2026-11-26T17:52:00.000Z',
  stepsDone: 9,
  stepsSkipped: 1,
  activeMs: 640_000,
};

const checkIn: CheckIn = {
  painNow: 3,
  painBefore: 2,
  locations: ['lower-back'],
  kinds: ['ache'],
  redFlags: [],
  dayType: 'run',
  crossTrainingKind: '',
  distanceKm: 8.2,
  durationSec: 2700,
  note: 'Felt fine',
  treatments: [],
  painkillerNote: '',
  spotPain: {},
  avgHeartRate: null,
  climbM: null,
};

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const result = await promise;
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}

describe('session handlers over the real history store', () => {
  it('records a routine, attaches the check-in to it, and survives a restart', async () => {
    const session = await value<Session>(main.invoke('sessions:record-routine', routineRun));
    expect(session.routine).toEqual(routineRun);
    const withCheckIn = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: session.id, checkIn }));
    expect(withCheckIn.checkIn).toEqual(checkIn);
    const restarted = startMainProcess(temp.dir);
    const listed = await value<Session[]>(restarted.invoke('sessions:list'));
    expect(listed).toEqual([withCheckIn]);
  });

  it('keeps a check-in without a routine as its own session on today’s date', async () => {
    const session = await value<Session>(
      main.invoke('sessions:save-check-in', {
        sessionId: null,
        checkIn: { ...checkIn, dayType: 'rest', distanceKm: null, durationSec: null },
      }),
    );
    expect(session.routine).toBeNull();
    expect(session.startedAt).toBe('2026-11-26T18:00:00.000Z');
  });

  it('refuses a check-in for a session that does not exist, changing nothing', async () => {
    const result = await main.invoke('sessions:save-check-in', { sessionId: 'gone', checkIn });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await value<Session[]>(main.invoke('sessions:list'))).toEqual([]);
  });

  it('refuses distance on a rest day with a clear message', async () => {
    const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: { ...checkIn, dayType: 'rest' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues).toContainEqual({ path: 'checkIn.distanceKm', message: 'is only for run days' });
      expect(result.error.message).toContain('Distance is only for run days.');
    }
  });

  it('deletes and restores a session in its place', async () => {
    const first = await value<Session>(main.invoke('sessions:record-routine', routineRun));
    const second = await value<Session>(
      main.invoke('sessions:record-routine', { ...routineRun, startedAt: '2026-11-27T17:40:00.000Z', endedAt: '2026-11-27T17:52:00.000Z' }),
    );
    const removed = await value<Session>(main.invoke('sessions:delete', { id: first.id }));
    expect(await value<Session[]>(main.invoke('sessions:list'))).toEqual([second]);
    await value(main.invoke('sessions:restore', removed));
    expect(await value<Session[]>(main.invoke('sessions:list'))).toEqual([first, second]);
    expect((await main.invoke('sessions:restore', removed)).ok).toBe(false);
  });

  it('refuses to restore a session with an implausible or impossible local date, and keeps the history as it was', async () => {
    const kept = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn }));
    const base = { ...kept, id: 'restored-1' };
    for (const [over, field] of [
      [{ localDate: '0100-01-01', startedAt: '0100-01-01T07:00:00.000Z' }, 'must be a date from 1970'],
      [{ localDate: '9999-12-31' }, 'must be a date from 1970'],
      [{ localDate: '2026-11-29' }, 'is not the date of startedAt'],
    ] as const) {
      const result = await main.invoke('sessions:restore', { ...base, ...over });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues).toContainEqual({ path: 'localDate', message: expect.stringContaining(field) });
    }
    expect(await value<Session[]>(main.invoke('sessions:list'))).toEqual([kept]);
  });

  it('remembers the pain-before answer for the same day only', async () => {
    await value(main.invoke('player:set-pain-before', { pain: 4 }));
    expect(await value(main.invoke('player:get-pain-before'))).toBe(4);
    clock = new Date('2026-11-28T09:00:00Z');
    expect(await value(main.invoke('player:get-pain-before'))).toBeNull();
  });

  it('holds and releases the display-sleep blocker on request', async () => {
    await value(main.invoke('player:keep-awake', { active: true }));
    await value(main.invoke('player:keep-awake', { active: false }));
    expect(main.platform.keepAwakeCalls).toEqual([true, false]);
  });
});
