import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeName } from '../../../../../src/lib/data/store-issues';
import type { OwnMovement, Routine } from '../../../../../src/lib/routines/types';
import { startMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const file = (name: string) => path.join(temp.dir, `${name}.json`);

describe('the movements store file', () => {
  it('moves a damaged movements file aside, and the routines that use its movements stay', async () => {
    const main = startMainProcess(temp.dir);
    const made = await main.invoke('movements:save', { name: 'Wall angel', kind: 'other', defaultDurationSec: 30, perSide: false });
    const movement = (made as { value: OwnMovement }).value;
    const saved = await main.invoke('routines:save', {
      name: 'Desk break',
      phase: 'before',
      steps: [{ movementId: movement.id, durationSec: 30, sides: 'one', restAfterSec: 0 }],
    });
    expect(saved.ok).toBe(true);
    const doc = JSON.parse(fs.readFileSync(file('movements'), 'utf8'));
    doc.movements[0].kind = 'yoga';
    fs.writeFileSync(file('movements'), JSON.stringify(doc));

    const again = startMainProcess(temp.dir);
    expect(again.stores.issues).toEqual([
      expect.objectContaining({ store: 'movements', problem: 'it holds a movement that is not valid', movedTo: expect.any(String) }),
    ]);
    expect(storeName('movements')).toBe('your own movements');
    const routines = (await again.invoke('routines:list')) as { value: Routine[] };
    expect(routines.value.find((r) => r.name === 'Desk break')?.steps[0]?.movementId).toBe(movement.id);
  });

  it('refuses a stored picture whose file name is a path', () => {
    fs.writeFileSync(
      file('movements'),
      JSON.stringify({
        schemaVersion: 1,
        movements: [
          {
            id: 'own-a',
            name: 'A',
            kind: 'static',
            defaultDurationSec: 30,
            perSide: false,
            howTo: '',
            updatedAt: '2026-11-29T08:00:00.000Z',
            picture: { file: '../routines.json', type: 'image/png', bytes: 10, width: 1, height: 1 },
          },
        ],
      }),
    );
    expect(startMainProcess(temp.dir).stores.issues.map((i) => i.store)).toEqual(['movements']);
  });
});
