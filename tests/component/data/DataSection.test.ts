/** Restoring a backup replaces the whole history, so the runner is asked first; the copy kept aside is then listed. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DataSection from '../../../src/components/data/DataSection.svelte';
import { dataState } from '../../../src/stores/data.svelte';
import { checkIn } from '../../support/history';
import { installBridge } from '../../support/fake-bridge';
import { startMainProcess } from '../../support/main-process';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  // Yesterday: one check-in; today's launch backs it up; then two more today.
  const yesterday = startMainProcess(temp.dir, { now: () => new Date(Date.now() - 86_400_000) });
  await yesterday.invoke('sessions:save-check-in', { sessionId: null, checkIn: checkIn() });
  bridge = installBridge(temp.dir);
  for (let i = 0; i < 2; i++) await bridge.main.invoke('sessions:save-check-in', { sessionId: null, checkIn: checkIn() });
  Object.assign(dataState, { backups: [], confirming: null, message: null, error: null });
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

const sessionCount = async () => ((await bridge.main.invoke('sessions:list')) as { value: unknown[] }).value.length;

describe('restoring a backup', () => {
  it('asks first; Cancel changes nothing', async () => {
    render(DataSection);
    await userEvent.click(await screen.findByRole('button', { name: /^Restore history from the backup of/ }));
    expect(screen.getByText(/Replace your whole history with the backup of .* \(1 session\)\?/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Replace my history' })).toHaveFocus();
    expect(await sessionCount()).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Replace my history' })).toBeNull();
    expect(await sessionCount()).toBe(3);
  });

  it('restores on yes, and lists the history it replaced so the restore can be undone', async () => {
    render(DataSection);
    await userEvent.click(await screen.findByRole('button', { name: /^Restore history from the backup of/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace my history' }));
    expect(await screen.findByRole('status')).toHaveTextContent('History restored from the backup of');
    expect(await sessionCount()).toBe(1);
    expect(await screen.findByRole('heading', { name: 'Your history as it was before a restore' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /^Restore history from the copy of/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace my history' }));
    expect(await sessionCount()).toBe(3);
  });
});
