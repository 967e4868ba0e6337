/** Shared set-up for the guidance component tests: a real main process, stores reset. */
import { checkIn, NOTHING_GIVEN } from '../../support/history';
import type { CheckIn } from '../../../src/lib/history/types';
import { guidanceState, initialGuidanceState } from '../../../src/stores/guidance.svelte';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

export interface Harness {
  temp: ReturnType<typeof makeTempDir>;
  bridge: ReturnType<typeof installBridge>;
  /** Saves a check-in through main's real handler (dated today). */
  checkIn(fields: Partial<CheckIn>): Promise<void>;
  dismissals(): Promise<Record<string, string>>;
  done(): void;
}

export async function startHarness(backPainType: 'mechanical' | 'structural' | 'unknown' = 'mechanical'): Promise<Harness> {
  const temp = makeTempDir();
  const bridge = installBridge(temp.dir);
  await bridge.main.invoke('settings:update', { backPainType });
  await loadSettings();
  Object.assign(historyState, initialHistoryState());
  Object.assign(guidanceState, initialGuidanceState());
  return {
    temp,
    bridge,
    async checkIn(fields) {
      // A bare rest day unless told otherwise: each test gives the fields its advice depends on.
      const given: CheckIn = checkIn({ ...NOTHING_GIVEN, dayType: 'rest', ...fields });
      const result = await bridge.main.invoke('sessions:save-check-in', { sessionId: null, checkIn: given });
      if (!result.ok) throw new Error(result.error.message);
    },
    async dismissals() {
      const result = await bridge.main.invoke('guidance:get-dismissals');
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Record<string, string>;
    },
    done() {
      bridge.uninstall();
      temp.cleanup();
    },
  };
}

/** A severe-pain run, a numbness check-in and a red flag, all today. */
export async function seedWorryingDay(h: Harness): Promise<void> {
  await h.checkIn({ dayType: 'run', painNow: 8, distanceKm: 5, durationSec: 1800 });
  await h.checkIn({ kinds: ['numbness'], painNow: 3 });
  await h.checkIn({ redFlags: ['night-pain'], painNow: 5 });
}
