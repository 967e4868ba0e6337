import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAFETY_NET_MS, startReminders, type ReminderService } from '../../../../electron/main/reminders';
import { openStores, type OpenedStores } from '../../../../electron/main/store/stores';
import { localInstant } from '../../../../src/lib/reminders';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { confBackend } from '../../../support/conf-backend';
import { checkIn, session } from '../../../support/history';
import { makeTempDir } from '../../../support/temp-dir';
import { canUseZone } from '../../../support/time-zone';

const savedTz = process.env.TZ;
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
  temp = makeTempDir();
});
afterEach(() => {
  process.env.TZ = savedTz;
  temp.cleanup();
});

/** A fake clock with one timer list, as setTimeout would run them; `sleep` moves time without running any. */
function fakeClock(start: number) {
  let now = start;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id: unknown) => (timers = timers.filter((t) => t.id !== id)),
    pending: () => timers.length,
    /** Runs the timers due up to `until`, in order, as the event loop would. */
    advanceTo(until: number) {
      for (;;) {
        const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        now = Math.max(now, next.at);
        next.run();
      }
      now = until;
    },
    /** The machine sleeps: no timer runs, the wall clock jumps. */
    sleep(ms: number) {
      now += ms;
    },
  };
}

const at = (localDate: string, time: string) => localInstant(localDate, time);
const open = () => openStores(confBackend(temp.dir), temp.dir);

function start(stores: OpenedStores, clock: ReturnType<typeof fakeClock>, shown: string[]): ReminderService {
  return startReminders({ stores, ...clock, show: (r) => shown.push(`${r.slot} ${r.title}`) });
}

function turnOn(stores: OpenedStores, fields: Partial<typeof DEFAULT_SETTINGS.reminders> = {}) {
  const doc = stores.settings.read();
  stores.settings.write({ ...doc, settings: { ...doc.settings, reminders: { ...DEFAULT_SETTINGS.reminders, on: true, ...fields } } });
}

describe.skipIf(!canUseZone('Europe/Berlin'))('the reminder service over a fake clock', () => {
  it('arms nothing while reminders are off, and the warm-up on time once turned on', () => {
    const stores = open();
    const clock = fakeClock(at('2026-11-29', '12:00'));
    const shown: string[] = [];
    const service = start(stores, clock, shown);
    expect(clock.pending()).toBe(0);
    turnOn(stores);
    service.check();
    clock.advanceTo(at('2026-11-30', '06:49'));
    expect(shown).toEqual([]);
    clock.advanceTo(at('2026-11-30', '06:50'));
    expect(shown).toEqual(['2026-11-30:pre-run Warm-up in 10 minutes?']);
    // One timer at a time, never more than the safety net away.
    expect(clock.pending()).toBe(1);
  });

  it('after the machine sleeps 9 hours over a slot, the wake check and the stale timer show nothing', () => {
    const stores = open();
    turnOn(stores, { eveningCheckIn: false });
    const clock = fakeClock(at('2026-11-29', '22:00'));
    const shown: string[] = [];
    const service = start(stores, clock, shown);
    clock.sleep(9 * 3_600_000); // 07:00 on Monday: the 06:50 slot passed while asleep
    clock.sleep(30 * 60_000);
    service.check(); // powerMonitor 'resume'
    clock.advanceTo(clock.now() + SAFETY_NET_MS * 3);
    expect(shown).toEqual([]);
    clock.advanceTo(at('2026-12-02', '07:00'));
    expect(shown).toEqual(['2026-12-02:pre-run Warm-up in 10 minutes?']);
  });

  it('does not show a reminder again after a restart within its half hour', () => {
    const first = open();
    turnOn(first);
    const clock = fakeClock(at('2026-11-30', '06:40'));
    const shown: string[] = [];
    const service = start(first, clock, shown);
    clock.advanceTo(at('2026-11-30', '06:51'));
    service.stop();
    expect(shown).toHaveLength(1);
    // The app is quit and started again: a new service over the files on disk.
    start(open(), clock, shown);
    clock.advanceTo(at('2026-11-30', '07:30'));
    expect(shown).toHaveLength(1);
  });

  it('asks "Back from your run?" after the history’s usual run length, and no evening check-in once given', () => {
    const stores = open();
    turnOn(stores);
    // Runs of 30, 34 and 50 minutes: the usual length is 34.
    const runs = [30, 34, 50].map((min, i) => session(`2026-11-2${i + 1}`, { routine: null, checkIn: checkIn({ durationSec: min * 60 }) }));
    const warmUp = session('2026-11-30', {
      checkIn: null,
      routine: {
        routineId: 'builtin-before',
        routineName: 'Before',
        phase: 'before',
        startedAt: new Date(at('2026-11-30', '07:00')).toISOString(),
        endedAt: new Date(at('2026-11-30', '07:10')).toISOString(),
        stepsDone: 8,
        stepsSkipped: 0,
        activeMs: 600_000,
      },
    });
    stores.history.write({ schemaVersion: 1, sessions: [...runs, warmUp] });
    const clock = fakeClock(at('2026-11-30', '07:11'));
    const shown: string[] = [];
    start(stores, clock, shown);
    clock.advanceTo(at('2026-11-30', '07:43'));
    expect(shown).toEqual([]);
    clock.advanceTo(at('2026-11-30', '07:44'));
    expect(shown).toEqual(['2026-11-30:after-run Back from your run?']);
    stores.history.write({ schemaVersion: 1, sessions: [...runs, { ...warmUp, checkIn: checkIn() }] });
    clock.advanceTo(at('2026-11-30', '23:00'));
    expect(shown).toEqual(['2026-11-30:after-run Back from your run?']);
  });

  it('stops the warm-up reminders while the guidance says rest after severe pain', () => {
    const stores = open();
    turnOn(stores, { eveningCheckIn: false });
    stores.history.write({ schemaVersion: 1, sessions: [session('2026-11-29', { routine: null, checkIn: checkIn({ painNow: 8 }) })] });
    const clock = fakeClock(at('2026-11-29', '21:00'));
    const shown: string[] = [];
    start(stores, clock, shown);
    clock.advanceTo(at('2026-12-01', '12:00'));
    // Monday is within the 3 days off after a pain of 8 (Sunday to Tuesday).
    expect(shown).toEqual([]);
    clock.advanceTo(at('2026-12-02', '12:00'));
    expect(shown).toEqual(['2026-12-02:pre-run Warm-up in 10 minutes?']);
  });
});
