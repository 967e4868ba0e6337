/** Two app processes on one data folder: the second is refused with a clear message; a dead owner's lock is stale. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../../electron/main/data-lock';
import { makeTempDir } from '../../../support/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
let temp: ReturnType<typeof makeTempDir>;
let holderScript: string;

beforeAll(async () => {
  temp = makeTempDir();
  const outDir = path.join(ROOT, 'node_modules/.cache/backstride-lock-holder');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: path.join(ROOT, 'tests/support/lock-holder.ts'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'lock-holder.mjs' } },
    },
  });
  holderScript = path.join(outDir, 'lock-holder.mjs');
}, 60_000);
afterAll(() => temp?.cleanup());

/** Starts a process that tries to lock the folder; resolves with its first line and the process. */
function start(dir: string): Promise<{ line: string; child: ChildProcessWithoutNullStreams }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [holderScript, dir]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ line: out.split('\n')[0]!, child });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', () => reject(new Error(`lock holder ended without a word: ${err}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.on('exit', () => resolve())));

describe('the data-folder lock', () => {
  it('refuses a second process, frees a killed owner’s stale lock, and is released on a clean exit', async () => {
    const first = await start(temp.dir);
    expect(first.line).toBe('locked');
    const lockFile = path.join(temp.dir, LOCK_FILE);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(first.child.pid);

    const second = await start(temp.dir);
    expect(second.line).toMatch(
      /^refused Backstride is already open with the data in .* \(process \d+, started .*\)\. Two copies working on the same data would lose each other’s changes/,
    );
    expect(second.line).toContain(`process ${first.child.pid}`);
    await exited(second.child);
    expect(second.child.exitCode).toBe(3);

    // A crash leaves the lock file behind; its owner is gone, so the next process takes over.
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(fs.existsSync(lockFile)).toBe(true);
    const third = await start(temp.dir);
    expect(third.line).toBe('locked');
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(third.child.pid);

    third.child.stdin.end();
    await exited(third.child);
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 60_000);
});
