/**
 * The reminder service: asks the pure scheduler (src/lib/reminders) what is due, shows it, keeps the
 * slot as handled, and arms one timer for the next. Re-armed on a settings change, on waking, and
 * every few minutes as a safety net; the persisted slot list is what stops a second showing.
 */
import { addDays } from '../../src/lib/history/dates';
import { dayFactsOf, decideReminders, guidanceSaysRest, localDay, usualRunLengthMin } from '../../src/lib/reminders';
import type { Reminder } from '../../src/lib/reminders';
import type { GuidanceContext } from '../../src/lib/guidance';
import type { Settings } from '../../src/lib/settings/types';
import { lastPainBefore } from './ipc/handlers/player';
import type { Stores } from './store/stores';

/** The longest one timer waits: a clock changed by hand or a missed wake event is caught this soon. */
export const SAFETY_NET_MS = 5 * 60_000;

export interface ReminderServiceDeps {
  stores: Pick<Stores, 'settings' | 'history' | 'reminders' | 'guidance' | 'player'>;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Shows the reminder; a click should call `open` with its command. */
  show: (reminder: Reminder) => void;
}

export interface ReminderService {
  /** Looks again now (settings changed, the machine woke, history changed). */
  check: () => void;
  stop: () => void;
}

function guidanceContext(deps: ReminderServiceDeps, settings: Settings, today: string): GuidanceContext {
  return {
    today,
    backPainType: settings.backPainType,
    weekStartDay: settings.weekStartDay,
    seenDoctorAt: deps.stores.guidance.read().seenDoctorAt,
    painBefore: lastPainBefore(deps.stores.player.read()),
  };
}

export function startReminders(deps: ReminderServiceDeps): ReminderService {
  let timer: unknown = null;
  let stopped = false;

  const look = () => {
    const now = deps.now();
    const { settings } = deps.stores.settings.read();
    const sessions = deps.stores.history.read().sessions;
    const today = localDay(now);
    const stored = deps.stores.reminders.read();
    const decision = decideReminders({
      now,
      plan: settings.reminders,
      learnedRunLengthMin: usualRunLengthMin(sessions, today),
      handled: stored.handled,
      days: dayFactsOf(sessions, addDays(today, -1)),
      restToday: settings.reminders.on && guidanceSaysRest(sessions, guidanceContext(deps, settings, today)),
    });
    // Kept before showing: a reminder whose slot could not be kept is not shown, so it never comes twice.
    if (decision.handled.join() !== stored.handled.join()) deps.stores.reminders.write({ ...stored, handled: decision.handled });
    if (decision.fire) deps.show(decision.fire);
    return settings.reminders.on ? decision.wakeAt : undefined;
  };

  const check = () => {
    if (stopped) return;
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    let wakeAt: number | null | undefined = null;
    try {
      wakeAt = look();
    } catch (error) {
      // A store that cannot be read or written now may work at the next look.
      console.error('Reminders: could not check', error);
    }
    if (wakeAt === undefined) return;
    const wait = wakeAt === null ? SAFETY_NET_MS : Math.min(SAFETY_NET_MS, Math.max(0, wakeAt - deps.now()));
    timer = deps.setTimer(check, wait);
  };

  check();
  return {
    check,
    stop: () => {
      stopped = true;
      if (timer !== null) deps.clearTimer(timer);
    },
  };
}
