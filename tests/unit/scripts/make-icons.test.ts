// The committed icon files are what scripts/make-icons.mjs draws from resources/icon.svg today.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Icns } from '@fiahfy/icns';
// @ts-expect-error -- a plain .mjs script without type declarations
import { PNG_DIR, PNG_SIZES, SOURCE, renderPng } from '../../../scripts/make-icons.mjs';

const resources = path.dirname(SOURCE as string);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('app icon files', () => {
  it('every committed PNG matches a fresh render of icon.svg at its size', () => {
    const svg = fs.readFileSync(SOURCE);
    for (const size of PNG_SIZES as number[]) {
      const committed = fs.readFileSync(path.join(PNG_DIR, `${size}x${size}.png`));
      expect(pngSize(committed), `${size}x${size}.png`).toEqual({ width: size, height: size });
      expect(committed.equals(renderPng(svg, size)), `${size}x${size}.png is stale: run npm run icons`).toBe(true);
    }
  });

  it('the Windows .ico holds 16 to 256 px images', () => {
    const ico = fs.readFileSync(path.join(resources, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('the macOS .icns holds 16 to 1024 px PNGs', () => {
    const icns = Icns.from(fs.readFileSync(path.join(resources, 'icon.icns')));
    const widths = icns.images.map((image) => pngSize(image.image).width);
    expect(Math.min(...widths)).toBe(16);
    expect(Math.max(...widths)).toBe(1024);
    expect(icns.images.map((image) => image.osType)).toContain('ic10');
  });
});
