/**
 * packApp(): electron-builder's `--dir` target for Linux, offline, with the project's own
 * electron-builder.yml. A stand-in folder takes the place of Electron's download: an `electron`
 * file carrying the fuse wire Electron ships with (so the fuses electron-builder flips can be read
 * back) and a LICENSE — all electron-builder copies from a distribution.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, Platform } from 'electron-builder';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// @electron/fuses' marker before the fuse wire; then version 1, the wire length, one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults, in FuseV1Options order: RunAsNode, CookieEncryption, NodeOptions,
// NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, FileProtocolPrivileges.
const ELECTRON_DEFAULT_FUSES = '10110001';

export interface PackedApp {
  appOutDir: string;
  asarPath: string;
  executablePath: string;
  cleanup(): void;
}

function standInElectronDist(dir: string): string {
  const dist = path.join(dir, 'electron-dist');
  fs.mkdirSync(dist);
  const wire = Buffer.concat([Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]);
  const body = Buffer.concat([Buffer.from(`#!/bin/sh\n# stand-in for Electron ${FUSE_SENTINEL}`), wire, Buffer.from('\nexit 0\n')]);
  fs.writeFileSync(path.join(dist, 'electron'), body, { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'LICENSE'), 'Stand-in for the Electron distribution (packaging check).\n');
  return dist;
}

export async function packApp(): Promise<PackedApp> {
  if (!fs.existsSync(path.join(ROOT, 'out/main/index.js')))
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backstride-pack-'));
  const electronVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version as string;
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    // Merged over electron-builder.yml: only where the Electron distribution comes from and where output goes.
    config: {
      electronDist: standInElectronDist(work),
      electronVersion,
      npmRebuild: false,
      directories: { output: path.join(work, 'dist') },
    },
  });
  const appOutDir = path.join(work, 'dist/linux-unpacked');
  return {
    appOutDir,
    asarPath: path.join(appOutDir, 'resources/app.asar'),
    executablePath: path.join(appOutDir, 'backstride'),
    cleanup: () => fs.rmSync(work, { recursive: true, force: true }),
  };
}
