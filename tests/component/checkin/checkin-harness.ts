/** Shared set-up for the CheckInScreen tests: a real main process behind the bridge, stores reset, the form open. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import CheckInScreen from '../../../src/components/checkin/CheckInScreen.svelte';
import type { Session } from '../../../src/lib/history/types';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go } from '../../../src/stores/navigation.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

export interface CheckInHarness {
  temp: ReturnType<typeof makeTempDir>;
  bridge: ReturnType<typeof installBridge>;
}

/** The current test's harness, set before each test by useCheckInScreen. */
const current = {} as CheckInHarness;

/** Registers the set-up and clean-up around each test of the calling file; the harness is filled in before each test. */
export function useCheckInScreen(): CheckInHarness {
  beforeEach(async () => {
    current.temp = makeTempDir();
    current.bridge = installBridge(current.temp.dir);
    await loadSettings();
    Object.assign(historyState, initialHistoryState());
    go({ name: 'check-in', sessionId: null });
  });
  afterEach(() => {
    current.bridge.uninstall();
    current.temp.cleanup();
  });
  return current;
}

export async function storedSessions(): Promise<Session[]> {
  const result = await current.bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Session[];
}

export async function renderForm(sessionId: string | null = null) {
  const user = userEvent.setup();
  render(CheckInScreen, { sessionId });
  const painNow = await screen.findByRole('radiogroup', { name: 'Pain now' });
  return { user, painNow };
}
