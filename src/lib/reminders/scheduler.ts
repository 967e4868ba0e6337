/**
 * Reminder scheduling: pure, with the clock injected. Given the plan, what happened and which slots
 * were already handled, it says what to show now, what to persist and when to look again. Local
 * days and times follow the process's time zone (Date's local fields), so DST is handled by Date.
 */
import { addDays, daysBetween } from '../history/dates';
import { reminderWords } from './words';
import type { DayFacts, Reminder, ReminderKind, SchedulerDecision, SchedulerInput } from './types';

const MINUTE_MS = 60_000;
/** A slot that passed more than this long ago (asleep, app closed) is skipped, not shown late. */
export const LATE_SKIP_MIN = 30;
/** Days looked back (a slot from late last night) and ahead (the next planned run) from today. */
const DAYS_BACK = 1;
const DAYS_AHEAD = 8;
/** Handled slots older than this many days are dropped from the persisted list. */
const KEEP_DAYS = 3;

const NO_FACTS: DayFacts = { preRunEndedAt: null, checkInGiven: false };

/** The local calendar day ("YYYY-MM-DD") of an instant in the process's zone. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant of a local wall time "HH:MM" on a local day; a time skipped by DST moves forward, as Date does. */
export function localInstant(localDate: string, time: string): number {
  const [y, mo, d] = localDate.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(y!, mo! - 1, d!, h!, mi!).getTime();
}

const weekdayOf = (localDate: string) => new Date(localInstant(localDate, '12:00')).getDay();

/** Every slot of one day that the plan and the day's facts call for. */
function slotsOf(day: string, input: SchedulerInput, today: string): Reminder[] {
  const { plan } = input;
  const facts = input.days[day] ?? NO_FACTS;
  const runDay = plan.days.includes(weekdayOf(day) as never);
  const out: Reminder[] = [];
  const make = (kind: ReminderKind, at: number): Reminder => ({ slot: `${day}:${kind}`, kind, at, ...reminderWords(kind, plan.leadMin) });
  // Not on a rest day, nor once the runner has warmed up already that day.
  if (runDay && !(day === today && input.restToday) && facts.preRunEndedAt === null) {
    out.push(make('pre-run', localInstant(day, plan.time) - plan.leadMin * MINUTE_MS));
  }
  if (plan.afterRun && facts.preRunEndedAt !== null) {
    const length = plan.runLengthMin ?? input.learnedRunLengthMin;
    out.push(make('after-run', facts.preRunEndedAt + length * MINUTE_MS));
  }
  if (plan.eveningCheckIn && !facts.checkInGiven && (runDay || facts.preRunEndedAt !== null)) {
    out.push(make('check-in', localInstant(day, plan.checkInTime)));
  }
  return out;
}

/** What to do at `input.now`. */
export function decideReminders(input: SchedulerInput): SchedulerDecision {
  const today = localDay(input.now);
  const handled = new Set(input.handled.filter((slot) => daysBetween(slot.slice(0, 10), today) <= KEEP_DAYS));
  if (!input.plan.on) return { fire: null, handled: [...handled], wakeAt: null };

  const slots: Reminder[] = [];
  for (let i = -DAYS_BACK; i <= DAYS_AHEAD; i++) slots.push(...slotsOf(addDays(today, i), input, today));
  const open = slots.filter((s) => !handled.has(s.slot)).sort((a, b) => a.at - b.at);

  const due = open.filter((s) => s.at <= input.now);
  let fire: Reminder | null = null;
  for (const s of due) {
    handled.add(s.slot);
    // Only the latest one still in time is shown: two at once after a wake would be noise.
    if (input.now - s.at <= LATE_SKIP_MIN * MINUTE_MS) fire = s;
  }
  const next = open.find((s) => s.at > input.now);
  return { fire, handled: [...handled].sort(), wakeAt: next ? next.at : null };
}
