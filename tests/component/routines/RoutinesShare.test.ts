import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RoutinesScreen from '../../../src/components/routines/RoutinesScreen.svelte';
import { BUILTIN_ROUTINES } from '../../../src/lib/routines/builtins';
import { buildShareFile } from '../../../src/lib/routines/share/format';
import { navigation } from '../../../src/stores/navigation.svelte';
import { clearRoutineMessages, loadRoutines } from '../../../src/stores/routines.svelte';
import { loadSettings } from '../../../src/stores/settings.svelte';
import { leaveSharing } from '../../../src/stores/sharing.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let files: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  files = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  await loadRoutines();
  clearRoutineMessages();
  leaveSharing();
  navigation.screen = { name: 'routines' };
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
  files.cleanup();
});

/** A shared file holding one routine this library does not have. */
function sharedFile(name = 'Hips at lunch'): string {
  const routine = { ...BUILTIN_ROUTINES[0]!, id: 'shared-1', name, builtIn: false };
  const file = path.join(files.dir, 'hips.backstride-routine.json');
  fs.writeFileSync(file, JSON.stringify(buildShareFile([routine], [], () => null, new Date())));
  return file;
}

describe('sharing on the routine library', () => {
  it('exports one routine from its card, and says where it went', async () => {
    bridge.main.platform.saveToDir = files.dir;
    render(RoutinesScreen);
    const card = screen.getByRole('heading', { level: 3, name: 'Before the run' }).closest('li')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Export Before the run' }));
    const saved = path.join(files.dir, 'before-the-run.backstride-routine.json');
    expect(await screen.findByText(`Exported 1 routine to ${saved}.`)).toBeInTheDocument();
    expect(JSON.parse(fs.readFileSync(saved, 'utf8'))).toMatchObject({ format: 'backstride-routine', version: 1 });
  });

  it('previews an import, and adds the routine only on Import', async () => {
    bridge.main.platform.openPath = sharedFile();
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Import a routine file…' }));
    const preview = await screen.findByRole('group', { name: 'Import hips.backstride-routine.json?' });
    expect(preview).toHaveTextContent('Adds 1 routine.');
    expect(preview).toHaveTextContent('Routines: Hips at lunch');
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('heading', { name: 'Import hips.backstride-routine.json?' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Hips at lunch' })).toBeNull();

    await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    const notice = await screen.findByText('Imported 1 routine from hips.backstride-routine.json.');
    await expect.poll(() => document.activeElement).toBe(notice);
    expect(screen.getByRole('heading', { level: 3, name: 'Hips at lunch' })).toBeInTheDocument();
  });

  it('Cancel leaves the library as it was', async () => {
    bridge.main.platform.openPath = sharedFile();
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Import a routine file…' }));
    await userEvent.click(within(await screen.findByRole('group', { name: /^Import / })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /^Import / })).toBeNull();
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'Import a routine file…' }));
    const stored = await bridge.main.invoke('routines:list');
    expect(stored.ok && (stored.value as { name: string }[]).some((r) => r.name === 'Hips at lunch')).toBe(false);
  });

  it('says why a file is refused, in main’s words', async () => {
    const bad = path.join(files.dir, 'bad.backstride-routine.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'backstride-routine', version: 9 }));
    bridge.main.platform.openPath = bad;
    render(RoutinesScreen);
    await userEvent.click(screen.getByRole('button', { name: 'Import a routine file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'bad.backstride-routine.json cannot be imported. The file is from a newer Backstride (routine file version 9). Update Backstride to import it.',
    );
  });
});
