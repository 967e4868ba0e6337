/** The window-wide drop target: shown for files only (the editor's step drags pass through), never during a routine. */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RunDropTarget from '../../src/components/RunDropTarget.svelte';
import { go, navigation } from '../../src/stores/navigation.svelte';
import { runImportState, closeRunImport } from '../../src/stores/run-import.svelte';
import { loadSettings } from '../../src/stores/settings.svelte';
import { installBridge } from '../support/fake-bridge';
import { makeTempDir } from '../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  go({ name: 'home' });
});
afterEach(() => {
  closeRunImport();
  bridge.uninstall();
  temp.cleanup();
});

/** jsdom has no DragEvent or DataTransfer: an event carrying what the handlers read. */
function drag(type: string, types: string[], files: File[] = []): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
  window.dispatchEvent(event);
  return event;
}

const target = () => screen.queryByText('Drop to import runs');

describe('RunDropTarget', () => {
  it('shows while files are over the window, and goes when they leave', async () => {
    render(RunDropTarget);
    const over = drag('dragenter', ['Files']);
    expect(over.defaultPrevented).toBe(true);
    expect(await screen.findByText('Drop to import runs')).toBeInTheDocument();
    expect(screen.getByText(/GPX, TCX or FIT files from a watch or phone/)).toBeInTheDocument();
    drag('dragleave', ['Files']);
    await expect.poll(target).toBeNull();
  });

  it('lets a drag of anything but files (a routine step) pass untouched', async () => {
    render(RunDropTarget);
    const over = drag('dragenter', ['text/plain']);
    const dropped = drag('drop', ['text/plain']);
    expect(over.defaultPrevented).toBe(false);
    expect(dropped.defaultPrevented).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(target()).toBeNull();
    expect(navigation.screen.name).toBe('home');
  });

  it('offers nothing during a routine, and a drop there leaves the player alone', async () => {
    render(RunDropTarget);
    go({ name: 'player' });
    drag('dragenter', ['Files']);
    const dropped = drag('drop', ['Files'], [new File(['x'], 'run.gpx')]);
    // Still prevented: the window must not open the file in place of the app.
    expect(dropped.defaultPrevented).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(target()).toBeNull();
    expect(navigation.screen.name).toBe('player');
    expect(runImportState.files).toBeNull();
  });

  it('a drop switches to History and imports the files, each refused or read by main', async () => {
    render(RunDropTarget);
    const notes = new File(['x'], 'notes.txt');
    bridge.filePaths.set(notes, '/tmp/notes.txt');
    drag('dragenter', ['Files']);
    drag('drop', ['Files'], [notes, new File(['x'], 'web.gpx')]);
    await expect.poll(() => runImportState.files?.length).toBe(2);
    expect(navigation.screen.name).toBe('history');
    expect(target()).toBeNull();
    expect(runImportState.files).toMatchObject([
      { fileName: 'notes.txt', status: 'refused', reason: 'it is not a GPX, TCX or FIT run file' },
      { fileName: 'web.gpx', status: 'refused', reason: 'it is not a file saved on this computer' },
    ]);
  });
});
