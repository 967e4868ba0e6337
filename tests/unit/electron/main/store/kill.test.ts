/**
 * Crash safety: a separate Node process writes sessions through the real store layer and is
 * SIGKILLed at random moments, 100 times. After every kill the history files must parse and hold
 * every session whose write had been acknowledged. Then the same for the moves to the current format
 * from format 1 (one file) and from format 2 (one file a year, check-ins without the fuller diary's
 * fields): killed at random points, the next launch has every session.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { HISTORY_FORMAT } from '../../../../../electron/main/store/history-years';
import { confBackend } from '../../../../support/conf-backend';
import { sessionsOnDisk } from '../../../../support/history-files';
import { makeTempDir } from '../../../../support/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const KILLS = 100;
let temp: ReturnType<typeof makeTempDir>;
let writerScript: string;

beforeAll(async () => {
  temp = makeTempDir();
  // Bundled inside the project so that its package imports (conf, zod) resolve from node_modules.
  const outDir = path.join(ROOT, 'node_modules/.cache/backstride-kill-writer');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: path.join(ROOT, 'tests/support/kill-writer.ts'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-writer.mjs' } },
    },
  });
  writerScript = path.join(outDir, 'kill-writer.mjs');
}, 60_000);
afterAll(() => temp?.cleanup());

/** Runs the writer until it has acknowledged at least one write, then kills it after a random delay. */
function runAndKill(delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, temp.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited by itself: ${stderr}`));
    });
  });
}

describe('history writes under SIGKILL', () => {
  it(`loses no acknowledged session over ${KILLS} kills`, async () => {
    const acknowledged = new Set<string>();
    let losses = 0;
    let unreadable = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      for (const id of await runAndKill(Math.floor(Math.random() * 40))) acknowledged.add(id);
      let onDisk: Set<string>;
      try {
        onDisk = new Set(sessionsOnDisk(temp.dir).map((s) => s.id));
      } catch {
        unreadable += 1;
        continue;
      }
      for (const id of acknowledged) if (!onDisk.has(id)) losses += 1;
    }
    const stores = openStores(confBackend(temp.dir), temp.dir);
    console.log(
      `kill test: ${KILLS} kills, ${acknowledged.size} acknowledged writes, ${losses} lost, ${unreadable} unreadable files, ${stores.history.read().sessions.length} sessions on disk`,
    );
    expect(unreadable).toBe(0);
    expect(losses).toBe(0);
    expect(stores.issues).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 180_000);
});

/**
 * Starts a launch that migrates the folder and kills it: `delayMs` after it is about to open the
 * stores, or (with `atFirstYearFile`) as soon as the first year file appears. Resolves with how long
 * the opening ran, or null if it was killed.
 */
function launchAndKill(dir: string, delayMs: number, atFirstYearFile = false): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir, 'migrate'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let readyAt = 0;
    let timer: NodeJS.Timeout | null = null;
    const watcher = atFirstYearFile
      ? fs.watch(dir, (_event, name) => {
          if (name && /^history-\d{4}\.json$/.test(name)) child.kill('SIGKILL');
        })
      : null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (readyAt === 0 && chunk.toString().includes('ready')) {
        readyAt = Date.now();
        if (!watcher) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      watcher?.close();
      if (signal === 'SIGKILL') resolve(null);
      else if (code === 0) resolve(Date.now() - readyAt);
      else reject(new Error(`migration exited with ${code}: ${stderr}`));
    });
  });
}

describe('the move to the current format under SIGKILL', () => {
  const MIGRATION_KILLS = 20;
  /** Every third session has a check-in as format 1 and 2 wrote it, without the fields format 3 added. */
  const session = (i: number) => {
    const day = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const checkIn = { painNow: i % 11, painBefore: null, locations: [], kinds: [], redFlags: [], dayType: 'rest' };
    return {
      id: `m${i}`,
      startedAt: `${day}T07:00:00.000Z`,
      localDate: day,
      routine: null,
      checkIn: i % 3 === 0 ? { ...checkIn, crossTrainingKind: '', distanceKm: null, durationSec: null, note: '' } : null,
      updatedAt: `${day}T07:00:00.000Z`,
    };
  };
  const legacy = Array.from({ length: 1826 }, (_, i) => session(i)); // five years, five year files
  const seeds = {
    'format 1': (dir: string) => fs.writeFileSync(path.join(dir, 'history.json'), JSON.stringify({ schemaVersion: 1, sessions: legacy })),
    'format 2': (dir: string) => {
      fs.writeFileSync(path.join(dir, 'history.json'), JSON.stringify({ schemaVersion: 2 }));
      for (const year of new Set(legacy.map((s) => s.localDate.slice(0, 4)))) {
        const sessions = legacy.filter((s) => s.localDate.startsWith(year));
        fs.writeFileSync(path.join(dir, `history-${year}.json`), JSON.stringify({ schemaVersion: 2, sessions }));
      }
    },
  };

  it.each(Object.keys(seeds) as (keyof typeof seeds)[])(
    `loses no session when a launch is killed mid-migration from %s (${MIGRATION_KILLS} kills)`,
    async (from) => {
      const dir = path.join(temp.dir, 'migrate');
      const seed = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir);
        seeds[from](dir);
      };
      // One opening timed whole, so that the kills spread over the time it takes (the migration is most of it).
      seed();
      const whole = await launchAndKill(dir, 60_000);
      if (whole === null) throw new Error('the timed launch was killed');
      const states = { before: 0, midway: 0, done: 0 };
      const yearVersions = () =>
        fs
          .readdirSync(dir)
          .filter((name) => /^history-\d{4}\.json$/.test(name))
          .map((name) => (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { schemaVersion: number }).schemaVersion);
      for (let kill = 0; kill < MIGRATION_KILLS; kill++) {
        seed();
        // Every other kill waits for the first year file write, so that some land while the years are written.
        await launchAndKill(dir, Math.floor(whole * 1.2 * Math.random()), kill % 2 === 1);
        const index = JSON.parse(fs.readFileSync(path.join(dir, 'history.json'), 'utf8')) as { schemaVersion: number };
        const rewritten = yearVersions().filter((v) => v === HISTORY_FORMAT).length;
        states[index.schemaVersion === HISTORY_FORMAT ? 'done' : rewritten > 0 ? 'midway' : 'before'] += 1;
        // The index never says the new format before every year file does.
        if (index.schemaVersion === HISTORY_FORMAT) expect(yearVersions().every((v) => v === HISTORY_FORMAT)).toBe(true);
        const stores = openStores(confBackend(dir), dir);
        expect(stores.issues).toEqual([]);
        const sessions = stores.history.read().sessions;
        expect(sessions.map((s) => s.id)).toEqual(legacy.map((s) => s.id));
        expect(sessions.filter((s) => s.checkIn?.treatments.length === 0 && s.checkIn.avgHeartRate === null)).toHaveLength(
          legacy.filter((s) => s.checkIn !== null).length,
        );
      }
      console.log(
        `migration kill test from ${from}: opening the folder takes ${whole} ms; ${MIGRATION_KILLS} kills: ${states.before} before the migration, ${states.midway} mid-way (some years rewritten, index not yet), ${states.done} after; all ${legacy.length} sessions there every time`,
      );
      expect(states.midway).toBeGreaterThan(0);
    },
    180_000,
  );
});
