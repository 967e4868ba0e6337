/** Shared set-up for the EditorScreen tests: a real main process behind the bridge, stores loaded, the editor open. */
import { screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Routine } from '../../../src/lib/routines/types';
import { navigation } from '../../../src/stores/navigation.svelte';
import { clearRoutineMessages, loadRoutines } from '../../../src/stores/routines.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

const current = {} as { temp: ReturnType<typeof makeTempDir>; bridge: ReturnType<typeof installBridge> };

/** Registers the set-up and clean-up around each test of the calling file. */
export function useEditorScreen(): void {
  beforeEach(async () => {
    current.temp = makeTempDir();
    current.bridge = installBridge(current.temp.dir);
    await loadSettings();
    await loadRoutines();
    clearRoutineMessages();
    navigation.screen = { name: 'editor', routineId: null, phase: 'before' };
  });
  afterEach(() => {
    current.bridge.uninstall();
    current.temp.cleanup();
    vi.restoreAllMocks();
  });
}

export async function storedRoutines(): Promise<Routine[]> {
  const result = await current.bridge.main.invoke('routines:list');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Routine[];
}

/** The step names as the runner sees them, in order. */
export function stepNames(): string[] {
  const list = screen.getByRole('list', { name: 'Steps' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent!.replace(/^\s*\d+\s*/, '').trim());
}

export function totalTime(): string {
  const total = screen.getByText('Total time').closest('p')!;
  return total.querySelector('.total-time')!.textContent!.trim();
}
