import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { DEFAULT_SETTINGS } from '../../../../../src/lib/settings/defaults';
import { confBackend } from '../../../../support/conf-backend';
import { makeTempDir } from '../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('settings store (conf on a temp directory)', () => {
  it('reads defaults when no file exists yet', () => {
    const stores = openStores(confBackend(temp.dir), temp.dir);
    expect(stores.settings.read()).toEqual({ schemaVersion: 1, settings: DEFAULT_SETTINGS });
  });

  it('writes JSON with a schema version that a new instance reads back', () => {
    const stores = openStores(confBackend(temp.dir), temp.dir);
    stores.settings.write({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, distanceUnit: 'mi' } });
    const reopened = openStores(confBackend(temp.dir), temp.dir);
    expect(reopened.settings.read().settings.distanceUnit).toBe('mi');
    expect(JSON.parse(fs.readFileSync(path.join(temp.dir, 'settings.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('keeps every valid setting of a partly damaged file and defaults the rest', () => {
    fs.writeFileSync(
      path.join(temp.dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 1, settings: { distanceUnit: 'mi', theme: 'purple', getReadySec: 'soon' } }),
    );
    const settings = openStores(confBackend(temp.dir), temp.dir).settings.read().settings;
    expect(settings.distanceUnit).toBe('mi');
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(settings.getReadySec).toBe(DEFAULT_SETTINGS.getReadySec);
  });

  it('opens a settings file from before reminders with reminders and start-at-login off, the rest kept', () => {
    fs.writeFileSync(
      path.join(temp.dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 1, settings: { distanceUnit: 'mi', weekStartDay: 0 } }),
    );
    const settings = openStores(confBackend(temp.dir), temp.dir).settings.read().settings;
    expect(settings).toMatchObject({ distanceUnit: 'mi', weekStartDay: 0, openAtLogin: false });
    expect(settings.reminders).toEqual({ ...DEFAULT_SETTINGS.reminders, on: false });
  });

  it('keeps the reminder slots already handled across a restart, dropping what is not a slot', () => {
    const stores = openStores(confBackend(temp.dir), temp.dir);
    expect(stores.reminders.read().handled).toEqual([]);
    stores.reminders.write({ schemaVersion: 1, handled: ['2026-11-30:pre-run'] });
    expect(openStores(confBackend(temp.dir), temp.dir).reminders.read().handled).toEqual(['2026-11-30:pre-run']);
    fs.writeFileSync(path.join(temp.dir, 'reminders.json'), JSON.stringify({ schemaVersion: 1, handled: ['2026-11-30:pre-run', 'x', 4] }));
    expect(openStores(confBackend(temp.dir), temp.dir).reminders.read().handled).toEqual(['2026-11-30:pre-run']);
  });
});
