/** Reminder plan and what the scheduler decides from it. */
import type { WeekStartDay } from '../settings/types';

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = WeekStartDay;

export interface ReminderPlan {
  /** Off until the runner opts in. */
  on: boolean;
  /** Planned run days; any other day is a rest day (no pre-run reminder). */
  days: Weekday[];
  /** Local run time "HH:MM". */
  time: string;
  /** Minutes before the run time that the warm-up reminder comes. */
  leadMin: number;
  /** "Back from your run?" after a pre-run routine. */
  afterRun: boolean;
  /** The runner's usual run length in minutes; null: learned from their history. */
  runLengthMin: number | null;
  /** The evening check-in reminder, when a check-in is missing. */
  eveningCheckIn: boolean;
  /** Local time "HH:MM" of the evening check-in reminder. */
  checkInTime: string;
}

export type ReminderKind = 'pre-run' | 'after-run' | 'check-in';

/** What a click on the reminder opens: the same commands as the app menu. */
export type ReminderCommand = 'go-before' | 'go-after' | 'go-check-in';

export interface Reminder {
  /** "2026-11-30:pre-run": one reminder per slot, ever. */
  slot: string;
  kind: ReminderKind;
  /** Epoch ms it is due. */
  at: number;
  title: string;
  body: string;
  command: ReminderCommand;
}

/** What the runner did on one local day, read from the history. */
export interface DayFacts {
  /** When the last pre-run routine of that day ended (epoch ms); null: none. */
  preRunEndedAt: number | null;
  /** A check-in was given for that day. */
  checkInGiven: boolean;
}

export interface SchedulerInput {
  /** The injected clock's now (epoch ms); local days and times are the process's time zone. */
  now: number;
  plan: ReminderPlan;
  /** The usual run length in minutes, when the plan leaves it to the history. */
  learnedRunLengthMin: number;
  /** Slots already fired or skipped (persisted). */
  handled: readonly string[];
  /** Facts by local date; a day not listed had nothing done. */
  days: Readonly<Record<string, DayFacts>>;
  /** Guidance says rest today: no warm-up reminder today. */
  restToday: boolean;
}

export interface SchedulerDecision {
  /** The reminder to show now; null: nothing. */
  fire: Reminder | null;
  /** The handled slots to persist (fired and skipped ones added, old ones dropped). */
  handled: string[];
  /** When to look again (epoch ms): the next slot; null when none is planned. */
  wakeAt: number | null;
}
