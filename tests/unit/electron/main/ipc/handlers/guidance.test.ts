import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuidanceToday } from '../../../../../../src/lib/ipc/contract';
import type { CheckIn } from '../../../../../../src/lib/history/types';
import { checkIn, NOTHING_GIVEN } from '../../../../../support/history';
import { startMainProcess, type TestMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let clock: Date;
let main: TestMainProcess;
// Thursday 26 November 2026, early evening in UTC (the machine's zone in tests).
const TODAY = '2026-11-26';

beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-11-26T18:00:00Z');
  main = startMainProcess(temp.dir, { now: () => clock });
});
afterEach(() => temp.cleanup());

async function ok<T>(channel: string, arg?: unknown): Promise<T> {
  const result = await main.invoke(channel as never, arg as never);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { value: T }).value;
}

const today = () => ok<GuidanceToday>('guidance:today', { today: TODAY });

/** A check-in saved through main's own handler, `daysAgo` days before today. */
async function checkInOn(daysAgo: number, fields: Partial<CheckIn>): Promise<void> {
  clock = new Date(Date.UTC(2026, 10, 26 - daysAgo, 18));
  await ok('sessions:save-check-in', { sessionId: null, checkIn: checkIn({ ...NOTHING_GIVEN, dayType: 'rest', ...fields }) });
  clock = new Date('2026-11-26T18:00:00Z');
}

describe('guidance:today', () => {
  it('with no history: no run this week and nothing to point out', async () => {
    const answer = await today();
    expect(answer.plan.runsThisWeek).toBe(0);
    expect(answer.findings).toEqual([]);
  });

  it("counts this week's runs from the stored history, in the runner's week", async () => {
    await ok('settings:update', { backPainType: 'mechanical', weekStartDay: 1 });
    const run = { dayType: 'run' as const, painNow: 1, distanceKm: 5, durationSec: 1800 };
    await checkInOn(3, run); // Monday
    await checkInOn(1, run); // Wednesday
    expect((await today()).plan.runsThisWeek).toBe(2);
    // A week that starts on Tuesday leaves Monday's run in the week before.
    await ok('settings:update', { weekStartDay: 2 });
    expect((await today()).plan.runsThisWeek).toBe(1);
  });

  it('an emergency sign is in force until the runner says a doctor has seen them', async () => {
    await ok('settings:update', { backPainType: 'mechanical' });
    await checkInOn(0, { painNow: 6, redFlags: ['bladder-bowel'] });
    const before = await today();
    expect(before.findings[0]).toMatchObject({ rule: 'emergency', level: 'emergency', dismissible: false });
    clock = new Date('2026-11-26T19:00:00Z');
    await ok('guidance:seen-doctor');
    expect((await today()).findings.map((f) => f.rule)).not.toContain('emergency');
  });

  it("counts the warm-up's pain answer as today's pain", async () => {
    await ok('settings:update', { backPainType: 'mechanical' });
    await ok('player:set-pain-before', { pain: 8 });
    expect((await today()).findings.map((f) => f.rule)).toContain('severe-pain');
  });

  it('takes the day asked for, and refuses anything that is not a calendar day', async () => {
    await ok('settings:update', { backPainType: 'mechanical' });
    await checkInOn(0, { dayType: 'run', painNow: 1, distanceKm: 5, durationSec: 1800 });
    // Asked for the next Monday, this Thursday's run is last week's.
    expect((await ok<GuidanceToday>('guidance:today', { today: '2026-11-30' })).plan.runsThisWeek).toBe(0);
    for (const arg of [undefined, {}, { today: '2026-13-01' }, { today: 'today' }, { today: TODAY, extra: 1 }]) {
      const refused = await main.invoke('guidance:today', arg as never);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});
