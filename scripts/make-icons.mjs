#!/usr/bin/env node
// `npm run icons`: every icon file the app and its installers need, drawn from resources/icon.svg alone.
// resvg rasterises each size from the vector (crisper at 16 px than scaling one big PNG down);
// png-to-ico and @fiahfy/icns only pack those PNGs into Windows' and macOS's containers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import { Icns, IcnsImage } from '@fiahfy/icns';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(ROOT, 'resources/icon.svg');
/** Linux takes a folder of `<size>x<size>.png` (electron-builder's `linux.icon`); the window uses 256. */
export const PNG_DIR = path.join(ROOT, 'resources/icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's icon types: PNG payloads from 16 to 1024 px (the @2x types reuse the larger renders).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export function renderPng(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

export async function makeIcons() {
  const svg = fs.readFileSync(SOURCE);
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  fs.mkdirSync(PNG_DIR, { recursive: true });
  for (const [size, png] of pngs) fs.writeFileSync(path.join(PNG_DIR, `${size}x${size}.png`), png);

  fs.writeFileSync(path.join(ROOT, 'resources/icon.ico'), await pngToIco(ICO_SIZES.map((size) => pngs.get(size))));

  const icns = new Icns();
  for (const [type, size] of ICNS_TYPES) icns.append(IcnsImage.fromPNG(pngs.get(size), type));
  fs.writeFileSync(path.join(ROOT, 'resources/icon.icns'), icns.data);
  return [...pngs.keys()].map((s) => `resources/icons/${s}x${s}.png`).concat('resources/icon.ico', 'resources/icon.icns');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await makeIcons()) console.log(file);
}
