/** A stand-alone check-in for a day the runner missed: main dates it, or refuses the day and changes nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../../../../../src/lib/history/dates';
import type { CheckIn, Session } from '../../../../../../src/lib/history/types';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
const clock = new Date('2026-11-26T18:00:00Z');
const today = localDateOf(clock);
let main: TestMainProcess;

beforeEach(() => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir, { now: () => clock });
});
afterEach(() => temp.cleanup());

const checkIn: CheckIn = {
  painNow: 5,
  painBefore: null,
  locations: ['lower-back'],
  kinds: [],
  redFlags: [],
  dayType: 'rest',
  crossTrainingKind: '',
  distanceKm: null,
  durationSec: null,
  note: 'Forgot to log this one',
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

async function listed(): Promise<Session[]> {
  return value<Session[]>(main.invoke('sessions:list'));
}

describe('a check-in dated on a past day', () => {
  it('lands on that day, before the later sessions, and is still there after a restart', async () => {
    const todays = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn }));
    const day = addDays(today, -3);
    const past = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn, localDate: day }));
    expect(past.localDate).toBe(day);
    expect(localDateOf(new Date(past.startedAt))).toBe(day);
    expect(new Date(past.startedAt).getHours()).toBe(12);
    expect(await listed()).toEqual([past, todays]);
    expect(await value<Session[]>(startMainProcess(temp.dir).invoke('sessions:list'))).toEqual([past, todays]);
  });

  it('files a day of last year in that year', async () => {
    const past = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn, localDate: '2025-12-30' }));
    expect(await value<Session[]>(startMainProcess(temp.dir).invoke('sessions:list'))).toEqual([past]);
  });

  it('takes today given as a day like no day at all: now is its start', async () => {
    const session = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn, localDate: today }));
    expect(session.startedAt).toBe(clock.toISOString());
  });

  it('refuses a day after today in plain words, and changes nothing', async () => {
    const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn, localDate: addDays(today, 1) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.issues).toEqual([{ path: 'localDate', message: expect.stringContaining('cannot be after today') }]);
      expect(result.error.message).toMatch(/^Day cannot be after today/);
    }
    expect(await listed()).toEqual([]);
  });

  it('refuses a day that is not a real date, or before 2000, and changes nothing', async () => {
    for (const [localDate, words] of [
      ['2026-02-30', 'must be a real calendar date'],
      ['26-11-2026', 'must be a real calendar date'],
      ['1999-12-31', 'cannot be before 1 January 2000'],
    ] as const) {
      const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn, localDate });
      expect(result.ok, localDate).toBe(false);
      if (!result.ok) {
        expect(result.error.issues).toContainEqual({ path: 'localDate', message: expect.stringContaining(words) });
        expect(result.error.message).toContain('Day ');
      }
    }
    expect(await listed()).toEqual([]);
  });

  it('refuses a day for a check-in on an existing session: its day is its own', async () => {
    const first = await value<Session>(main.invoke('sessions:save-check-in', { sessionId: null, checkIn }));
    const result = await main.invoke('sessions:save-check-in', {
      sessionId: first.id,
      checkIn: { ...checkIn, painNow: 1 },
      localDate: addDays(today, -1),
    });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'localDate' }] } });
    expect(await listed()).toEqual([first]);
  });
});
