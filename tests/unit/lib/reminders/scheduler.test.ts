import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideReminders, localInstant } from '../../../../src/lib/reminders';
import type { DayFacts, ReminderPlan, SchedulerInput } from '../../../../src/lib/reminders';
import { canUseZone } from '../../../support/time-zone';

const savedTz = process.env.TZ;
beforeEach(() => (process.env.TZ = 'Europe/Berlin'));
afterEach(() => (process.env.TZ = savedTz));

/** Mon, Wed, Sat at 07:00, 10 minutes' notice, the after-run and evening check-in on. */
const PLAN: ReminderPlan = {
  on: true,
  days: [1, 3, 6],
  time: '07:00',
  leadMin: 10,
  afterRun: true,
  runLengthMin: null,
  eveningCheckIn: true,
  checkInTime: '20:00',
};

interface World {
  handled: string[];
  days: Record<string, DayFacts>;
  restToday: boolean;
  plan: ReminderPlan;
}

const world = (fields: Partial<World> = {}): World => ({ handled: [], days: {}, restToday: false, plan: PLAN, ...fields });
const input = (w: World, now: number): SchedulerInput => ({
  now,
  plan: w.plan,
  learnedRunLengthMin: 45,
  handled: w.handled,
  days: w.days,
  restToday: w.restToday,
});
const at = (localDate: string, time: string) => localInstant(localDate, time);
/** "Mon 2026-11-30 06:50" in Berlin, for reading failures. */
const local = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * The service's loop, with the clock injected: wake at each wakeAt (or after `safetyMin`, as main's
 * safety-net timer), persist what is handled, record what is shown, until `end`.
 */
function run(w: World, start: number, end: number, safetyMin = 5): string[] {
  const shown: string[] = [];
  let now = start;
  while (now <= end) {
    const d = decideReminders(input(w, now));
    w.handled = d.handled;
    if (d.fire) shown.push(`${d.fire.slot} ${local(now)} ${d.fire.title}`);
    const next = Math.min(d.wakeAt ?? Infinity, now + safetyMin * 60_000);
    now = next;
  }
  return shown;
}

describe.skipIf(!canUseZone('Europe/Berlin'))('reminders in Berlin', () => {
  it('over a whole week, warms up only on the planned days, 10 minutes before, each once', () => {
    const shown = run(world({ plan: { ...PLAN, eveningCheckIn: false } }), at('2026-11-29', '12:00'), at('2026-12-06', '12:00'));
    expect(shown).toEqual([
      '2026-11-30:pre-run Mon, 30/11/2026, 06:50 Warm-up in 10 minutes?',
      '2026-12-02:pre-run Wed, 02/12/2026, 06:50 Warm-up in 10 minutes?',
      '2026-12-05:pre-run Sat, 05/12/2026, 06:50 Warm-up in 10 minutes?',
    ]);
  });

  it('asks for a missed check-in in the evening of a run day, not of a rest day, and not once one is given', () => {
    const w = world({ days: { '2026-12-02': { preRunEndedAt: null, checkInGiven: true } } });
    const shown = run(w, at('2026-11-30', '12:00'), at('2026-12-03', '23:00')).filter((s) => s.includes('check-in'));
    // Monday evening (run day, no check-in); Wednesday's was given; Tuesday and Thursday are rest days.
    expect(shown).toEqual(['2026-11-30:check-in Mon, 30/11/2026, 20:00 How did today go?']);
  });

  it('asks for a check-in on a rest day when a routine was done that day', () => {
    const w = world({ days: { '2026-12-01': { preRunEndedAt: at('2026-12-01', '17:00'), checkInGiven: false } } });
    const shown = run(w, at('2026-12-01', '12:00'), at('2026-12-01', '23:00'));
    expect(shown).toEqual([
      '2026-12-01:after-run Tue, 01/12/2026, 17:45 Back from your run?',
      '2026-12-01:check-in Tue, 01/12/2026, 20:00 How did today go?',
    ]);
  });

  it('says "Back from your run?" after the usual run length from the end of the warm-up, the edited length winning over the learned one', () => {
    const days = { '2026-11-30': { preRunEndedAt: at('2026-11-30', '07:12'), checkInGiven: true } };
    const learned = run(world({ days }), at('2026-11-30', '07:13'), at('2026-11-30', '12:00'));
    expect(learned).toEqual(['2026-11-30:after-run Mon, 30/11/2026, 07:57 Back from your run?']);
    const edited = run(world({ days, plan: { ...PLAN, runLengthMin: 30 } }), at('2026-11-30', '07:13'), at('2026-11-30', '12:00'));
    expect(edited).toEqual(['2026-11-30:after-run Mon, 30/11/2026, 07:42 Back from your run?']);
    const off = run(world({ days, plan: { ...PLAN, afterRun: false } }), at('2026-11-30', '07:13'), at('2026-11-30', '12:00'));
    expect(off).toEqual([]);
  });

  it('gives no warm-up reminder on a day the guidance says rest, and does again the next run day', () => {
    const w = world({ restToday: true, plan: { ...PLAN, eveningCheckIn: false } });
    expect(run(w, at('2026-11-30', '00:10'), at('2026-11-30', '23:00'))).toEqual([]);
    w.restToday = false;
    expect(run(w, at('2026-12-01', '00:10'), at('2026-12-02', '12:00'))).toEqual([
      '2026-12-02:pre-run Wed, 02/12/2026, 06:50 Warm-up in 10 minutes?',
    ]);
  });

  it('gives no warm-up reminder once the runner has warmed up that day', () => {
    const w = world({
      days: { '2026-11-30': { preRunEndedAt: at('2026-11-30', '06:30'), checkInGiven: true } },
      plan: { ...PLAN, afterRun: false },
    });
    expect(run(w, at('2026-11-30', '06:31'), at('2026-11-30', '23:00'))).toEqual([]);
  });

  it('says nothing while reminders are off', () => {
    const d = decideReminders(input(world({ plan: { ...PLAN, on: false } }), at('2026-11-30', '06:50')));
    expect(d).toMatchObject({ fire: null, wakeAt: null });
  });

  it('after 9 hours asleep across a slot, skips it instead of showing it late, and shows the next one on time', () => {
    const w = world({ plan: { ...PLAN, eveningCheckIn: false } });
    expect(decideReminders(input(w, at('2026-11-29', '22:00'))).wakeAt).toBe(at('2026-11-30', '06:50'));
    // The lid closes at 22:00 and opens at 07:00 + 9 h... the clock jumps past 06:50.
    const woke = decideReminders(input(w, at('2026-11-30', '07:00') + 9 * 3_600_000));
    expect(woke.fire).toBeNull();
    expect(woke.handled).toContain('2026-11-30:pre-run');
    w.handled = woke.handled;
    expect(run(w, at('2026-11-30', '16:00'), at('2026-12-02', '12:00'))).toEqual([
      '2026-12-02:pre-run Wed, 02/12/2026, 06:50 Warm-up in 10 minutes?',
    ]);
  });

  it('shows a slot missed by less than 30 minutes once on waking, never twice, whatever the timers do after', () => {
    const w = world({ plan: { ...PLAN, eveningCheckIn: false } });
    const woke = decideReminders(input(w, at('2026-11-30', '07:19')));
    expect(woke.fire?.slot).toBe('2026-11-30:pre-run');
    w.handled = woke.handled;
    // A timer armed before the sleep fires too, then the safety net, then the wake event again.
    for (const t of ['07:19', '07:20', '07:25', '07:40']) expect(decideReminders(input(w, at('2026-11-30', t))).fire).toBeNull();
    // 31 minutes late is too late.
    expect(decideReminders(input(world(), at('2026-11-30', '07:21'))).fire).toBeNull();
  });

  it('after a restart, reads what was handled from the store and does not repeat it', () => {
    const first = decideReminders(input(world(), at('2026-11-30', '06:50')));
    expect(first.fire?.title).toBe('Warm-up in 10 minutes?');
    // The app quits and starts again 2 minutes later; the handled list comes back from disk (JSON).
    const stored = JSON.parse(JSON.stringify(first.handled)) as string[];
    const again = decideReminders(input(world({ handled: stored }), at('2026-11-30', '06:52')));
    expect(again.fire).toBeNull();
    expect(again.wakeAt).toBe(at('2026-11-30', '20:00'));
  });

  it('keeps the handled list short: slots older than 3 days are dropped', () => {
    const d = decideReminders(input(world({ handled: ['2026-11-20:pre-run', '2026-11-28:check-in'] }), at('2026-11-30', '06:00')));
    expect(d.handled).toEqual(['2026-11-28:check-in']);
  });

  it('across the spring DST change (29 March 2026), still warms up at 06:50 local, once a day', () => {
    const w = world({ plan: { ...PLAN, days: [0, 1, 2, 3, 4, 5, 6], eveningCheckIn: false } });
    const shown = run(w, at('2026-03-28', '12:00'), at('2026-03-31', '12:00'));
    expect(shown).toEqual([
      '2026-03-29:pre-run Sun, 29/03/2026, 06:50 Warm-up in 10 minutes?',
      '2026-03-30:pre-run Mon, 30/03/2026, 06:50 Warm-up in 10 minutes?',
      '2026-03-31:pre-run Tue, 31/03/2026, 06:50 Warm-up in 10 minutes?',
    ]);
    // 23 hours between the Saturday and Sunday reminders' UTC instants would be wrong by an hour if computed in UTC.
    expect(at('2026-03-29', '06:50') - at('2026-03-28', '06:50')).toBe(23 * 3_600_000);
  });

  it('across the autumn DST change (25 October 2026), a slot in the repeated hour fires once', () => {
    const w = world({ plan: { ...PLAN, days: [0, 1, 2, 3, 4, 5, 6], time: '02:40', eveningCheckIn: false } });
    const shown = run(w, at('2026-10-24', '12:00'), at('2026-10-26', '12:00'), 1);
    expect(shown).toEqual([
      '2026-10-25:pre-run Sun, 25/10/2026, 02:30 Warm-up in 10 minutes?',
      '2026-10-26:pre-run Mon, 26/10/2026, 02:30 Warm-up in 10 minutes?',
    ]);
    const w2 = world({ plan: { ...PLAN, days: [0, 1, 2, 3, 4, 5, 6], eveningCheckIn: false } });
    expect(run(w2, at('2026-10-24', '12:00'), at('2026-10-26', '12:00'))).toEqual([
      '2026-10-25:pre-run Sun, 25/10/2026, 06:50 Warm-up in 10 minutes?',
      '2026-10-26:pre-run Mon, 26/10/2026, 06:50 Warm-up in 10 minutes?',
    ]);
  });

  it('says "Time to warm up?" with no notice, and "1 minute" in the singular', () => {
    const now = at('2026-11-30', '07:00');
    expect(decideReminders(input(world({ plan: { ...PLAN, leadMin: 0 } }), now)).fire?.title).toBe('Time to warm up?');
    expect(decideReminders(input(world({ plan: { ...PLAN, leadMin: 1 } }), now)).fire?.title).toBe('Warm-up in 1 minute?');
  });

  it('opens the matching screen when clicked', () => {
    const d = decideReminders(input(world(), at('2026-11-30', '06:50')));
    expect(d.fire?.command).toBe('go-before');
    const w = world({ days: { '2026-11-30': { preRunEndedAt: at('2026-11-30', '07:00'), checkInGiven: false } } });
    expect(decideReminders(input(w, at('2026-11-30', '07:45'))).fire?.command).toBe('go-after');
    expect(decideReminders(input(w, at('2026-11-30', '20:00'))).fire?.command).toBe('go-check-in');
  });
});
