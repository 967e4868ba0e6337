import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import OwnMovementForm from '../../../src/components/movement/OwnMovementForm.svelte';
import OwnMovementsSection from '../../../src/components/routines/OwnMovementsSection.svelte';
import type { OwnMovement } from '../../../src/lib/routines/types';
import { loadRoutines } from '../../../src/stores/routines.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

async function stored<T>(channel: string, arg?: unknown): Promise<T> {
  const result = await bridge.main.invoke(channel, arg);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadRoutines();
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

describe('OwnMovementForm', () => {
  it('refuses an empty name beside the field and keeps nothing', async () => {
    const onclose = vi.fn();
    render(OwnMovementForm, { onclose });
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Save movement' }));
    expect(await screen.findByText('Give the movement a name.')).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the movement a name.');
    expect(onclose).not.toHaveBeenCalled();
    expect(await stored('movements:list')).toEqual([]);
  });

  it('saves what the runner typed through main and closes with it', async () => {
    const onclose = vi.fn();
    render(OwnMovementForm, { onclose });
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Wall angel');
    await userEvent.click(screen.getByRole('radio', { name: 'Other' }));
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Time, in seconds' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Time, in seconds' }), '45');
    await userEvent.click(screen.getByRole('radio', { name: 'Each side' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'How to do it' }), 'Back to the wall, slide the arms up.');
    await userEvent.type(screen.getByRole('textbox', { name: /Caution/ }), 'Keep the ribs down.');
    await userEvent.click(screen.getByRole('button', { name: 'Save movement' }));
    const [movement] = await stored<OwnMovement[]>('movements:list');
    expect(movement).toMatchObject({
      name: 'Wall angel',
      kind: 'other',
      defaultDurationSec: 45,
      perSide: true,
      howTo: 'Back to the wall, slide the arms up.',
      caution: 'Keep the ribs down.',
    });
    expect(onclose).toHaveBeenCalledWith(movement);
  });

  it('says why a picture that is not an image was refused', async () => {
    const fake = path.join(temp.dir, 'notes.png');
    fs.writeFileSync(fake, 'plain text');
    bridge.main.platform.openPath = fake;
    render(OwnMovementForm, { onclose: vi.fn() });
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Wall angel');
    await userEvent.click(screen.getByRole('button', { name: 'Add a picture…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a PNG, JPEG, WebP or SVG picture.');
    // Saved first (main keeps pictures only for movements it has), without a picture.
    expect((await stored<OwnMovement[]>('movements:list')).map((m) => [m.name, m.picture])).toEqual([['Wall angel', undefined]]);
  });
});

describe('OwnMovementsSection', () => {
  it('refuses to delete a movement in use and names the routine', async () => {
    const movement = await stored<OwnMovement>('movements:save', {
      name: 'Wall angel',
      kind: 'other',
      defaultDurationSec: 30,
      perSide: false,
    });
    await stored('routines:save', {
      name: 'Desk break',
      phase: 'before',
      steps: [{ movementId: movement.id, durationSec: 30, sides: 'one', restAfterSec: 0 }],
    });
    await loadRoutines();
    render(OwnMovementsSection);
    const region = screen.getByRole('region', { name: 'Your movements' });
    await userEvent.click(within(region).getByRole('button', { name: 'Delete Wall angel' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      '“Wall angel” is used by this routine: “Desk break”. Take it out of that routine first, then delete it.',
    );
    expect(await stored<OwnMovement[]>('movements:list')).toHaveLength(1);
  });
});
