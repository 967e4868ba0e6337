/**
 * Crash safety: a separate Node process writes sessions through the real store layer and is
 * SIGKILLed at random moments, 100 times. After every kill the history file must parse and hold
 * every session whose write had been acknowledged.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../../../electron/main/store/stores';
import { confBackend } from '../../../../support/conf-backend';
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
    build: { ssr: path.join(ROOT, 'tests/support/kill-writer.ts'), outDir, emptyOutDir: true, rollupOptions: { output: { format: 'es', entryFileNames: 'kill-writer.mjs' } } },
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
    const historyFile = path.join(temp.dir, 'history.json');
    const acknowledged = new Set<string>();
    let losses = 0;
    let unreadable = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      for (const id of await runAndKill(Math.floor(Math.random() * 40))) acknowledged.add(id);
      let onDisk: Set<string>;
      try {
        onDisk = new Set((JSON.parse(fs.readFileSync(historyFile, 'utf8')) as { sessions: { id: string }[] }).sessions.map((s) => s.id));
      } catch {
        unreadable += 1;
        continue;
      }
      for (const id of acknowledged) if (!onDisk.has(id)) losses += 1;
    }
    const stores = openStores(confBackend(temp.dir), temp.dir);
    console.log(`kill test: ${KILLS} kills, ${acknowledged.size} acknowledged writes, ${losses} lost, ${unreadable} unreadable files, ${stores.history.read().sessions.length} sessions on disk`);
    expect(unreadable).toBe(0);
    expect(losses).toBe(0);
    expect(stores.issues).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 180_000);
});
