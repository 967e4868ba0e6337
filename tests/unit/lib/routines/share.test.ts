import { describe, expect, it } from 'vitest';
import { BUILTIN_ROUTINES } from '../../../../src/lib/routines/builtins';
import { buildShareFile, parseShareText, SHARE_LIMITS, type ShareFile } from '../../../../src/lib/routines/share/format';
import { planShareImport, previewSentence } from '../../../../src/lib/routines/share/plan';
import type { OwnMovement, Routine } from '../../../../src/lib/routines/types';

const NOW = new Date('2026-11-29T10:00:00.000Z');
let n = 0;
const ctx = { now: NOW, newId: () => `new-${++n}` };

const bridge: OwnMovement = {
  id: 'own-bridge',
  name: 'Glute bridge',
  kind: 'dynamic',
  defaultDurationSec: 40,
  perSide: false,
  howTo: 'Lift the hips, lower slowly.',
  picture: { file: 'own-bridge.png', type: 'image/png', bytes: 4, width: 1, height: 1 },
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const deadBug: OwnMovement = {
  id: 'own-dead-bug',
  name: 'Dead bug',
  kind: 'static',
  defaultDurationSec: 30,
  perSide: true,
  howTo: '',
  caution: 'Keep the lower back flat.',
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const unused: OwnMovement = { ...deadBug, id: 'own-unused', name: 'Unused' };

const mine: Routine = {
  id: 'r-core',
  name: 'Core before the run',
  phase: 'before',
  builtIn: false,
  updatedAt: '2026-11-21T10:00:00.000Z',
  steps: [
    { id: 's1', movementId: 'hip-circles', durationSec: 30, sides: 'one', restAfterSec: 0 },
    { id: 's2', movementId: 'own-bridge', durationSec: 45, sides: 'one', restAfterSec: 10 },
    { id: 's3', movementId: 'own-dead-bug', durationSec: 20, sides: 'each', restAfterSec: 5 },
  ],
};

const PNG = { type: 'image/png' as const, base64: 'iVBORw==' };
const fileOf = (routines = [mine]) => buildShareFile(routines, [bridge, deadBug, unused], () => PNG, NOW);
const text = (value: unknown) => JSON.stringify(value);
const parsed = (value: unknown) => {
  const result = parseShareText(text(value));
  if (!result.ok) throw new Error(result.message);
  return result.file;
};
const refusal = (value: unknown) => {
  const result = typeof value === 'string' ? parseShareText(value) : parseShareText(text(value));
  if (result.ok) throw new Error('read a file that should be refused');
  return result.message;
};

describe('the shared routine file', () => {
  it('carries the routines, only the own movements they use, and those movements’ pictures', () => {
    const file = fileOf();
    expect(file).toMatchObject({ format: 'backstride-routine', version: 1, exportedAt: NOW.toISOString() });
    expect(file.routines).toEqual([{ id: 'r-core', name: 'Core before the run', phase: 'before', steps: mine.steps }]);
    expect(file.movements.map((m) => m.id)).toEqual(['own-bridge', 'own-dead-bug']);
    expect(file.movements[0]).not.toHaveProperty('picture');
    expect(file.movements[0]).not.toHaveProperty('updatedAt');
    expect(Object.keys(file.pictures)).toEqual(['own-bridge']);
  });

  it('reads back exactly what was written', () => {
    expect(parsed(fileOf())).toEqual(fileOf());
  });

  it('refuses a wrong format or version with a sentence that says which', () => {
    expect(refusal({ ...fileOf(), format: 'backstride-history' })).toBe('The file is not a Backstride routine file.');
    expect(refusal({ ...fileOf(), version: 2 })).toBe(
      'The file is from a newer Backstride (routine file version 2). Update Backstride to import it.',
    );
    expect(refusal({ ...fileOf(), version: 0 })).toBe('The file’s version is not one Backstride can read.');
    expect(refusal({ ...fileOf(), version: '1' })).toBe('The file’s version is not one Backstride can read.');
    expect(refusal('{"format": "backstride-routine",')).toMatch(/not JSON/);
    expect(refusal([])).toBe('The file is not a Backstride routine file.');
  });

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const good = text(fileOf());
    for (const hostile of [
      good.replace('"format"', '"__proto__":{"polluted":true},"format"'),
      good.replace('"movementId":"hip-circles"', '"movementId":"hip-circles","constructor":{}'),
      good.replace('"pictures":{', '"pictures":{"prototype":{"type":"image/png","base64":"iVBORw=="},'),
    ]) {
      expect(parseShareText(hostile)).toEqual({
        ok: false,
        message: 'The file has a forbidden key (such as __proto__), so nothing in it is imported.',
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it, and one nested too deeply', () => {
    const huge = text(fileOf()).replace('"exportedAt"', `"padding":"${'x'.repeat(SHARE_LIMITS.maxFileBytes)}","exportedAt"`);
    expect(refusal(huge)).toBe('The file is larger than 32 MB, more than any shared routine needs.');
    expect(refusal(`{"format":"backstride-routine","version":1,"x":${'['.repeat(20)}${']'.repeat(20)}}`)).toMatch(/nested too deeply/);
  });

  it('refuses a picture larger than the limit, one that is not base64, and one of another type', () => {
    const big = 'A'.repeat(Math.ceil(SHARE_LIMITS.maxPictureBytes / 3) * 4 + 4);
    expect(refusal({ ...fileOf(), pictures: { 'own-bridge': { type: 'image/png', base64: big } } })).toBe(
      'The picture of “Glute bridge” is larger than 1 MB.',
    );
    expect(refusal({ ...fileOf(), pictures: { 'own-bridge': { type: 'image/png', base64: '<script>' } } })).toMatch(/is not a PNG, JPEG/);
    expect(refusal({ ...fileOf(), pictures: { 'own-bridge': { type: 'text/html', base64: 'iVBORw==' } } })).toMatch(/is not a PNG, JPEG/);
    expect(refusal({ ...fileOf(), pictures: { 'own-elsewhere': PNG } })).toBe('The file has a picture for a movement it does not hold.');
  });

  it('refuses a routine using a movement neither in the file nor the catalog, and a movement that does not check out', () => {
    const file = fileOf();
    expect(refusal({ ...file, movements: file.movements.slice(0, 1), pictures: {} })).toBe(
      'The routine “Core before the run” in the file cannot be used: That movement is not in the catalog or among your own movements.',
    );
    expect(refusal({ ...file, movements: [{ ...file.movements[0], name: '' }, file.movements[1]] })).toBe(
      'Movement 1 in the file cannot be used: Give the movement a name.',
    );
    expect(refusal({ ...file, movements: [{ ...file.movements[0], id: 'hip-circles' }, file.movements[1]] })).toMatch(
      /Movement 1 .*not valid/,
    );
    expect(refusal({ ...file, routines: [{ ...file.routines[0], steps: [{ ...mine.steps[0], durationSec: 1 }] }] })).toMatch(
      /at least 5 seconds/,
    );
    expect(refusal({ ...file, routines: [] })).toBe('The file holds no routine.');
    expect(refusal({ ...file, extra: 1 })).toBe('The file has fields Backstride does not know (extra).');
  });
});

describe('planning an import', () => {
  const file = (): ShareFile => parsed(fileOf());

  it('into an empty library: everything is new, with its own ids kept', () => {
    const result = planShareImport(file(), { routines: BUILTIN_ROUTINES, movements: [] }, ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.counts).toMatchObject({ routinesNew: 1, movementsNew: 2, movementsHere: 0 });
    expect(result.plan.routines[0]).toEqual({ ...mine, updatedAt: NOW.toISOString() });
    expect(result.plan.movements.map((m) => m.id)).toEqual(['own-bridge', 'own-dead-bug']);
    expect(result.plan.pictures).toEqual([{ movementId: 'own-bridge', picture: PNG }]);
    expect(previewSentence(result.plan.counts)).toBe('Adds 1 routine and 2 movements.');
  });

  it('says what is already here, and a movement here under another id is used under that id', () => {
    const here = { ...deadBug, id: 'own-mine' };
    const result = planShareImport(file(), { routines: [], movements: [here] }, ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.movements.map((m) => m.id)).toEqual(['own-bridge']);
    expect(result.plan.routines[0]!.steps[2]!.movementId).toBe('own-mine');
    expect(previewSentence(result.plan.counts)).toBe('Adds 1 routine and 1 movement; 1 movement already here.');
    const again = planShareImport(file(), { routines: [mine], movements: [bridge, deadBug] }, ctx);
    expect(again.ok && previewSentence(again.plan.counts)).toBe('Nothing to add: 1 routine and 2 movements already here.');
  });

  it('never writes over a routine or movement of the same id with other content: each comes in as a copy', () => {
    const changedRoutine = { ...mine, steps: mine.steps.slice(0, 2) };
    const changedMovement = { ...bridge, howTo: 'Something else.' };
    const result = planShareImport(file(), { routines: [changedRoutine], movements: [changedMovement, deadBug] }, ctx);
    if (!result.ok) throw new Error(result.message);
    const [movement] = result.plan.movements;
    expect(movement!.id).not.toBe('own-bridge');
    expect(movement!.name).toBe('Glute bridge (imported)');
    const [routine] = result.plan.routines;
    expect(routine!.id).not.toBe('r-core');
    expect(routine!.name).toBe('Core before the run (imported)');
    expect(routine!.steps[1]!.movementId).toBe(movement!.id);
    expect(result.plan.pictures).toEqual([{ movementId: movement!.id, picture: PNG }]);
    expect(previewSentence(result.plan.counts)).toBe(
      'Adds 1 routine and 1 movement; 1 movement already here. 1 routine and 1 movement differ from yours of the same name or id: they come in as copies named “(imported)”, and yours stay as they are.',
    );
  });

  it('gives a routine with a built-in’s id an id of its own, never marked built-in', () => {
    const builtIn = BUILTIN_ROUTINES[0]!;
    const shared = parsed(buildShareFile([{ ...builtIn, name: 'Changed' }], [], () => null, NOW));
    const result = planShareImport(shared, { routines: BUILTIN_ROUTINES, movements: [] }, ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.routines[0]).toMatchObject({ name: 'Changed (imported)', builtIn: false });
    expect(result.plan.routines[0]!.id).not.toBe(builtIn.id);
    const same = planShareImport(
      parsed(buildShareFile([builtIn], [], () => null, NOW)),
      { routines: BUILTIN_ROUTINES, movements: [] },
      ctx,
    );
    expect(same.ok && same.plan.counts.routinesHere).toBe(1);
  });

  it('refuses an import that would pass the limit of own movements', () => {
    const many = Array.from({ length: 199 }, (_, i) => ({ ...deadBug, id: `own-m${i}`, name: `M ${i}` }));
    const result = planShareImport(file(), { routines: [], movements: many }, ctx);
    expect(result).toEqual({ ok: false, message: 'Importing it would make more than 200 movements of your own.' });
  });
});
