/** Export and import details a runner notices: the file's date, the order of sessions, and what free text can hold. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../src/lib/history/types';
import { buildImportWorker } from '../../../../../support/import-worker';
import { startMainProcess } from '../../../../../support/main-process';
import { makeTempDir } from '../../../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let workerFile: string;
const savedTz = process.env.TZ;
beforeAll(async () => {
  workerFile = await buildImportWorker();
}, 60_000);
beforeEach(() => {
  temp = makeTempDir();
  fs.mkdirSync(path.join(temp.dir, 'out'));
});
afterEach(() => {
  temp.cleanup();
  process.env.TZ = savedTz;
});
afterAll(() => (process.env.TZ = savedTz));

const session = (id: string, startedAt: string, localDate: string, note = ''): Session => ({
  id,
  startedAt,
  localDate,
  routine: null,
  checkIn: {
    painNow: 2,
    painBefore: null,
    locations: [],
    kinds: [],
    redFlags: [],
    dayType: 'rest',
    crossTrainingKind: '',
    distanceKm: null,
    durationSec: null,
    note,
    treatments: [],
    painkillerNote: '',
    spotPain: {},
    avgHeartRate: null,
    climbM: null,
  },
  updatedAt: startedAt,
});
const writeHistory = (dir: string, sessions: Session[]) => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'history.json'), JSON.stringify({ schemaVersion: 1, sessions }));
};

describe('export and import', () => {
  it('names the export file by the local date, not the UTC one', async () => {
    process.env.TZ = 'Pacific/Auckland'; // UTC+13 in November
    const main = startMainProcess(path.join(temp.dir, 'a'), { now: () => new Date('2026-11-28T12:30:00Z'), importWorkerFile: workerFile });
    await main.invoke('sessions:save-check-in', { sessionId: null, checkIn: session('x', '2026-11-28T12:30:00Z', '2026-11-29').checkIn });
    main.platform.saveToDir = path.join(temp.dir, 'out');
    const saved = await main.invoke('history:export', { format: 'json' });
    expect(saved.ok && path.basename((saved.value as { savedTo: string }).savedTo)).toBe('backstride-history-2026-11-29.json');
  });

  it('dates the export and the doctor’s summary by the same local day, just before and at midnight', async () => {
    process.env.TZ = 'America/New_York'; // UTC−5 in November: the UTC date turns at 19:00
    let clock = new Date('2026-11-29T04:59:59Z'); // 23:59:59 on 28 November in New York
    const main = startMainProcess(path.join(temp.dir, 'a'), { now: () => clock, importWorkerFile: workerFile });
    main.platform.saveToDir = path.join(temp.dir, 'out');
    main.platform.renderPdf = async () => new TextEncoder().encode('%PDF-1.7');
    const names = async () => {
      const csv = await main.invoke('history:export', { format: 'csv' });
      const pdf = await main.invoke('history:save-doctor-summary');
      return [csv, pdf].map((saved) => saved.ok && path.basename((saved.value as { savedTo: string }).savedTo));
    };
    expect(await names()).toEqual(['backstride-history-2026-11-28.csv', 'backstride-summary-2026-11-28.pdf']);
    clock = new Date('2026-11-29T05:00:00Z'); // midnight
    expect(await names()).toEqual(['backstride-history-2026-11-29.csv', 'backstride-summary-2026-11-29.pdf']);
  });

  it('keeps the order of sessions through export → import → export (by instant, whatever the offset)', async () => {
    // 08:00+02:00 is 06:00Z, before 07:00Z, though it sorts after it as text.
    const first = session('east', '2026-11-20T08:00:00+02:00', '2026-11-20');
    const second = session('utc', '2026-11-20T07:00:00Z', '2026-11-20');
    writeHistory(path.join(temp.dir, 'a'), [first, second]);
    const a = startMainProcess(path.join(temp.dir, 'a'), { importWorkerFile: workerFile });
    a.platform.saveToDir = path.join(temp.dir, 'out');
    const exported = (await a.invoke('history:export', { format: 'json' })) as { ok: true; value: { savedTo: string } };
    const b = startMainProcess(path.join(temp.dir, 'b'), { importWorkerFile: workerFile });
    b.platform.openPath = exported.value.savedTo;
    const preview = (await b.invoke('history:import-preview')) as { ok: true; value: { token: string } };
    await b.invoke('history:import-confirm', { token: preview.value.token });
    const ids = (main: typeof a) => (main.stores.history.read().sessions as Session[]).map((s) => s.id);
    expect(ids(b)).toEqual(ids(a));
    expect(ids(b)).toEqual(['east', 'utc']);
  });

  it('shows, exports and prints notes without NUL, lone surrogates or bidi overrides', async () => {
    const hostile = 'ok\u0000 \uD800 \u202Efdp.exe\u202C done 👍';
    writeHistory(path.join(temp.dir, 'a'), [session('n', '2026-11-20T07:00:00Z', '2026-11-20', hostile)]);
    const main = startMainProcess(path.join(temp.dir, 'a'), { now: () => new Date('2026-11-21T09:00:00Z'), importWorkerFile: workerFile });
    const listed = (await main.invoke('sessions:list')) as { ok: true; value: Session[] };
    expect(listed.value[0]!.checkIn!.note).toBe('ok  fdp.exe done 👍');
    main.platform.saveToDir = path.join(temp.dir, 'out');
    const csv = (await main.invoke('history:export', { format: 'csv' })) as { ok: true; value: { savedTo: string } };
    const csvText = fs.readFileSync(csv.value.savedTo, 'utf8');
    let printed = '';
    main.platform.renderPdf = async (html) => new TextEncoder().encode((printed = html));
    expect((await main.invoke('history:save-doctor-summary')).ok).toBe(true);
    for (const text of [csvText, printed]) {
      expect(text).toContain('fdp.exe done');
      // eslint-disable-next-line no-control-regex -- the NUL is what must not be there
      expect(text).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('checks again at confirm time: sessions that reached the history after the preview are not added twice', async () => {
    const s1 = session('s1', '2026-11-20T07:00:00Z', '2026-11-20');
    const s2 = session('s2', '2026-11-21T07:00:00Z', '2026-11-21', 'from the file');
    writeHistory(path.join(temp.dir, 'a'), [s1, s2]);
    const a = startMainProcess(path.join(temp.dir, 'a'), { importWorkerFile: workerFile });
    a.platform.saveToDir = path.join(temp.dir, 'out');
    const exported = (await a.invoke('history:export', { format: 'json' })) as { ok: true; value: { savedTo: string } };
    const b = startMainProcess(path.join(temp.dir, 'b'), { importWorkerFile: workerFile });
    b.platform.openPath = exported.value.savedTo;
    const preview = (await b.invoke('history:import-preview')) as { ok: true; value: { token: string; toAdd: number } };
    expect(preview.value.toAdd).toBe(2);
    // Between the preview and the yes, s2 reached the history another way (a restored backup, say), with the runner's own note.
    const own = { ...s2, checkIn: { ...s2.checkIn!, note: 'my own words' } };
    b.stores.history.write({ ...b.stores.history.read(), sessions: [own] });
    expect(await b.invoke('history:import-confirm', { token: preview.value.token })).toEqual({ ok: true, value: { added: 1 } });
    const sessions = b.stores.history.read().sessions as Session[];
    expect(sessions.map((s) => [s.id, s.checkIn!.note])).toEqual([
      ['s1', ''],
      ['s2', 'my own words'],
    ]);
  });
});
