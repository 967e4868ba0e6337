/**
 * Every store file carries a schema version. These fixtures pin format 1 exactly, as the first
 * release wrote it; each later format is tested to open them without loss. The history is in
 * format 3 now (one file a year, fuller check-ins): its migration is tested here, in history-years.test.ts
 * and history-format-3.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { DEFAULT_SETTINGS } from '../../../../../src/lib/settings/defaults';
import { confBackend } from '../../../../support/conf-backend';
import { makeTempDir } from '../../../../support/temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/stores');
const fixture = (version: string, name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, version, `${name}.json`), 'utf8'));

/** Settings added within format 1 (player cues, focus mode, reminders) read back as their defaults from older files. */
const settingsFixture = () => {
  const doc = fixture('v1', 'settings');
  return {
    ...doc,
    settings: {
      ...doc.settings,
      cues: { ...doc.settings.cues, countIn: true, halfway: true },
      playerFocus: false,
      // Reminders wait for the runner to opt in, whatever the file is from.
      reminders: { ...DEFAULT_SETTINGS.reminders, on: false },
      openAtLogin: false,
    },
  };
};

/** A format-1 or format-2 session as format 3 reads it: its check-in with no treatment, no spot score, no heart rate or climb. */
const asFormat3 = (s: { checkIn: object | null }) => ({
  ...s,
  checkIn: s.checkIn && { ...s.checkIn, treatments: [], painkillerNote: '', spotPain: {}, avgHeartRate: null, climbM: null },
});
const v1Sessions = () => fixture('v1', 'history').sessions.map(asFormat3);

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  for (const file of fs.readdirSync(path.join(FIXTURES, 'v1'))) fs.copyFileSync(path.join(FIXTURES, 'v1', file), path.join(temp.dir, file));
});
afterEach(() => temp.cleanup());

describe('store files of format 1', () => {
  it('are read back whole, every store, with no problem reported', () => {
    const stores = openStores(confBackend(temp.dir), temp.dir);
    expect(stores.issues).toEqual([]);
    expect(stores.settings.read()).toEqual(settingsFixture());
    expect(stores.history.read()).toEqual({ schemaVersion: 1, sessions: v1Sessions() });
    expect(stores.routines.read()).toEqual(fixture('v1', 'routines'));
    // seenDoctorAt came later in format 1; a file without it reads as "not yet".
    expect(stores.guidance.read()).toEqual({ seenDoctorAt: null, ...fixture('v1', 'guidance') });
    expect(stores.player.read()).toEqual(fixture('v1', 'player'));
    expect(stores.windowState.read()).toEqual(fixture('v1', 'window-state'));
  });

  it('a format-1 history is moved to one file a year, every session kept, and history.json says format 3', () => {
    const stores = openStores(confBackend(temp.dir), temp.dir);
    stores.history.write(stores.history.read());
    const index = JSON.parse(fs.readFileSync(path.join(temp.dir, 'history.json'), 'utf8'));
    expect(index.schemaVersion).toBe(3);
    expect(index.sessions).toBeUndefined();
    const year = JSON.parse(fs.readFileSync(path.join(temp.dir, 'history-2026.json'), 'utf8'));
    expect(year.schemaVersion).toBe(3);
    expect(year.sessions).toEqual(v1Sessions());
    expect(openStores(confBackend(temp.dir), temp.dir).history.read().sessions).toEqual(v1Sessions());
  });

  it('a file from a newer format is set aside rather than read wrongly or overwritten', () => {
    fs.writeFileSync(path.join(temp.dir, 'routines.json'), JSON.stringify({ ...fixture('v1', 'routines'), schemaVersion: 2 }));
    const stores = openStores(confBackend(temp.dir), temp.dir);
    expect(stores.issues).toEqual([expect.objectContaining({ store: 'routines', problem: expect.stringMatching(/newer Backstride/) })]);
    expect(stores.settings.read()).toEqual(settingsFixture());
  });
});
