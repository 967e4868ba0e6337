/**
 * Whether a test can run in a given time zone here. Setting process.env.TZ moves Date's zone in Node's
 * main thread and in child processes (npm test), but not in worker threads (StrykerJS runs vitest in
 * threads), where only the zone the process started with applies.
 */
const processZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function zoneSwitches(): boolean {
  const saved = process.env.TZ;
  const probe = new Date('2026-01-15T12:00:00.000Z');
  try {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: no other zone a machine is set to matches it
    return probe.getTimezoneOffset() === -14 * 60;
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

export const CAN_SWITCH_ZONE = zoneSwitches();

/** True when the tests can put the process in `zone`: by switching to it, or because it started there. */
export const canUseZone = (zone: string): boolean => CAN_SWITCH_ZONE || processZone() === zone;
