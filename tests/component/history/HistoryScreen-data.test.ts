/** Export and import from the history screen, through main's real handlers and a temp folder. */
import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { exportHistory } from '../../../src/lib/history/exchange';
import { historyState } from '../../../src/stores/history.svelte';
import { checkIn } from '../../support/history';
import { renderHistory, seed, session, storedIds, useHistoryScreen } from './history-harness';

const h = useHistoryScreen();

describe('HistoryScreen export and import', () => {
  it('exports JSON and CSV, and says where each was saved', async () => {
    await seed([session(0, checkIn())]);
    const user = await renderHistory();
    h.bridge.main.platform.saveToDir = h.temp.dir;
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const status = await screen.findByText(/^Exported 1 session as JSON to /);
    const savedTo = status.textContent!.replace(/^Exported 1 session as JSON to /, '');
    expect(path.dirname(savedTo)).toBe(h.temp.dir);
    expect(JSON.parse(fs.readFileSync(savedTo, 'utf8'))).toMatchObject({
      format: 'backstride-history',
      sessions: [{ checkIn: { distanceKm: 10 } }],
    });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/^Exported 1 session as CSV to .*\.csv$/)).toBeInTheDocument();

    // Cancelled in the dialog: nothing is said to have been saved.
    h.bridge.main.platform.saveToDir = null;
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await vi.waitFor(() => expect(historyState.busy).toBe(false));
    expect(screen.queryByText(/^Exported/)).toBeNull();
  });
  it('previews an import, then adds it all on “Import all”', async () => {
    const here = session(0, checkIn({ painNow: 1 }));
    await seed([here]);
    const incoming = [here, session(20, checkIn({ painNow: 5, distanceKm: 4 })), session(30, checkIn({ painNow: 6, distanceKm: 3 }))];
    const file = path.join(h.temp.dir, 'from-laptop.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory(incoming, new Date())));
    h.bridge.main.platform.openPath = file;
    const user = await renderHistory();

    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const heading = await screen.findByRole('heading', { name: 'Import from-laptop.json?' });
    expect(heading).toHaveFocus();
    const preview = heading.closest('section')!;
    expect(preview).toHaveTextContent('2 sessions to add from');
    expect(preview).toHaveTextContent('1 session already in your history — left as they are.');
    expect(await storedIds()).toEqual([here.id]);

    await user.click(within(preview).getByRole('button', { name: 'Import all' }));
    expect(await screen.findByText('Imported 2 sessions.')).toBeInTheDocument();
    expect((await storedIds()).length).toBe(3);
    expect(screen.getByRole('button', { name: /Run, 4\.0 km/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Import / })).toBeNull();
  });
  it('Cancel leaves the history as it was', async () => {
    const file = path.join(h.temp.dir, 'other.json');
    fs.writeFileSync(file, JSON.stringify(exportHistory([session(5, checkIn())], new Date())));
    h.bridge.main.platform.openPath = file;
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await screen.findByRole('heading', { name: 'Import other.json?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Import other.json?' })).toBeNull();
    expect(await storedIds()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'No sessions yet' })).toBeInTheDocument();
  });
  it('shows main’s message for a refused file and changes nothing', async () => {
    await seed([session(0, checkIn())]);
    const file = path.join(h.temp.dir, 'broken.json');
    fs.writeFileSync(file, '{ not json');
    h.bridge.main.platform.openPath = file;
    const user = await renderHistory();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json cannot be imported: This file is not valid JSON');
    expect(screen.queryByRole('button', { name: 'Import all' })).toBeNull();
    expect((await storedIds()).length).toBe(1);
  });
});
