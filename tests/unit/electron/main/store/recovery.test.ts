import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { DEFAULT_SETTINGS } from '../../../../../src/lib/settings/defaults';
import { confBackend } from '../../../../support/conf-backend';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
const at = new Date('2026-11-26T08:30:00.000Z');
const open = () => openStores(confBackend(temp.dir), temp.dir, () => at);
const file = (name: string) => path.join(temp.dir, name);

const goodSession = {
  id: 's1',
  startedAt: '2026-11-20T07:00:00.000Z',
  localDate: '2026-11-20',
  routine: null,
  checkIn: null,
  updatedAt: '2026-11-20T07:00:00.000Z',
};

beforeEach(() => {
  temp = makeTempDir();
  const first = open();
  first.settings.write({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, distanceUnit: 'mi' } });
  first.history.write({ schemaVersion: 1, sessions: [goodSession] });
});
afterEach(() => temp.cleanup());

const damaged: [string, (p: string) => void, RegExp][] = [
  ['truncated JSON', (p) => fs.writeFileSync(p, fs.readFileSync(p, 'utf8').slice(0, 40)), /damaged/],
  ['wrong types', (p) => fs.writeFileSync(p, JSON.stringify({ schemaVersion: 1, sessions: [{ id: 42 }] })), /does not understand/],
  ['a future schema version', (p) => fs.writeFileSync(p, JSON.stringify({ schemaVersion: 9, sessions: [] })), /newer Backstride/],
  [
    'an unreadable file',
    (p) => {
      fs.rmSync(p);
      fs.mkdirSync(p); // a folder where the file should be: reading it fails even for root
    },
    /could not be read/,
  ],
];

describe('a bad history file at launch', () => {
  it.each(damaged)('%s: starts anyway, moves the file aside, keeps the other stores, and says so', (_label, damage, problem) => {
    // The year's file, where the sessions are (format 2).
    const historyFile = file('history-2026.json');
    const badBytes = fs.statSync(historyFile).isFile() ? fs.readFileSync(historyFile) : null;
    damage(historyFile);
    const contentBefore = fs.statSync(historyFile).isFile() ? fs.readFileSync(historyFile) : null;

    const stores = open();

    expect(stores.history.read().sessions).toEqual([]);
    expect(stores.settings.read().settings.distanceUnit).toBe('mi');
    expect(stores.issues).toHaveLength(1);
    const [issue] = stores.issues;
    expect(issue!.store).toBe('history');
    expect(issue!.problem).toMatch(problem);
    expect(issue!.movedTo).toBe(file('history-2026.broken-2026-11-26T08-30-00-000Z.json'));
    // Nothing deleted: the bad file is where the notice says, byte for byte.
    if (contentBefore) expect(fs.readFileSync(issue!.movedTo!).equals(contentBefore)).toBe(true);
    else expect(fs.statSync(issue!.movedTo!).isDirectory()).toBe(true);
    expect(badBytes).not.toBeNull();

    // The fresh history works and is saved where the old one was.
    stores.history.write({ schemaVersion: 1, sessions: [goodSession] });
    expect(open().history.read().sessions).toEqual([goodSession]);
  });

  // The index is short: cut it mid-way rather than at 40 characters.
  const indexDamage = damaged.map(([label, damage, problem]): (typeof damaged)[number] =>
    label === 'truncated JSON' ? [label, (p) => fs.writeFileSync(p, '{"schemaVersion":2,'), problem] : [label, damage, problem],
  );
  it.each(indexDamage)('an index (history.json) with %s is moved aside and the years keep every session', (_label, damage, problem) => {
    damage(file('history.json'));
    const stores = open();
    expect(stores.issues).toEqual([
      { store: 'history', problem: expect.stringMatching(problem), movedTo: file('history.broken-2026-11-26T08-30-00-000Z.json') },
    ]);
    expect(stores.history.read().sessions).toEqual([goodSession]);
  });

  it('reports nothing when every file is fine', () => {
    expect(open().issues).toEqual([]);
  });
});

describe('a store file of the wrong shape', () => {
  const names = ['settings', 'window-state', 'routines', 'history', 'player', 'guidance'];
  const wrongShapes: [string, string][] = [
    ['a bare array', JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ ...goodSession, id: `s${i}` })))],
    ['a string', JSON.stringify('hello')],
    ['an object without a format version', JSON.stringify({ sessions: [goodSession], routines: [], settings: {}, dismissals: {} })],
  ];
  it.each(names.flatMap((name) => wrongShapes.map(([label, text]) => [name, label, text] as const)))(
    '%s.json holding %s is moved aside, byte for byte, with a notice',
    (name, _label, text) => {
      fs.writeFileSync(file(`${name}.json`), text);
      const stores = open();
      expect(stores.issues).toEqual([
        {
          store: name,
          problem: expect.stringMatching(/instead of Backstride's data|no Backstride format version/),
          movedTo: file(`${name}.broken-2026-11-26T08-30-00-000Z.json`),
        },
      ]);
      expect(fs.readFileSync(stores.issues[0]!.movedTo!, 'utf8')).toBe(text);
    },
  );

  it.each([
    ['routines', { schemaVersion: 1, routines: { a: 1 } }],
    ['guidance', { schemaVersion: 1, dismissals: ['x'] }],
    ['settings', { schemaVersion: 1, settings: [1, 2] }],
    ['history', { schemaVersion: 1, sessions: { s1: goodSession } }],
    ['window-state', { schemaVersion: 7, bounds: null, maximized: false }],
  ])('%s.json whose main field has the wrong type (or a newer format) is moved aside', (name, doc) => {
    fs.writeFileSync(file(`${name}.json`), JSON.stringify(doc));
    expect(open().issues).toEqual([expect.objectContaining({ store: name, movedTo: expect.stringContaining('.broken-') })]);
  });

  it('a file saved with a UTF-8 byte-order mark is read, not called damage', () => {
    const historyFile = file('history-2026.json');
    fs.writeFileSync(historyFile, '\uFEFF' + fs.readFileSync(historyFile, 'utf8'));
    const stores = open();
    expect(stores.issues).toEqual([]);
    expect(stores.history.read().sessions).toEqual([goodSession]);
  });
});
