/**
 * checkPicture: is this file a picture an own movement may carry? Used for pictures the runner
 * attaches and for pictures in imported routines.
 *
 *   checkPicture(bytes, 'stretch.png') → { ok: true, type, width, height, bytes } | { ok: false, message }
 *
 * - at most 1 MB (PICTURE_LIMITS.maxBytes); the name must end in .png, .jpg/.jpeg, .webp or .svg;
 * - the first bytes must be those of a PNG, JPEG or WebP, or the text an SVG drawing, and match the name;
 * - the real size is read from the file and bounded (PICTURE_LIMITS: longer side, pixel count);
 * - PNG (pngjs) and JPEG (jpeg-js) are fully decoded, so a damaged or truncated file is refused;
 *   WebP has no maintained small pure-JS decoder: its RIFF container is taken apart and rebuilt;
 * - SVG is refused if it has scripts, event handlers, foreignObject, outside links or entities (svg-check).
 * PNG and JPEG come back re-encoded from their decoded pixels (a JPEG turned upright by its EXIF orientation), so
 * nothing but the picture is kept: no metadata such as a photo's location, nothing hidden after the image's end.
 * A WebP comes back with its image chunks only (webp-remux.ts); an SVG as given, once checked. `message` is a sentence for the runner.
 */
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { remuxWebp } from './webp-remux';
import { checkSvgText } from '../../../src/lib/pictures/svg-check';
import { PICTURE_LIMITS } from '../../../src/lib/routines/pictures';
import type { PictureType } from '../../../src/lib/routines/types';

export type PictureCheck =
  { ok: true; type: PictureType; width: number; height: number; bytes: Uint8Array } | { ok: false; message: string };

const KB = 1024;
export const PICTURE_MESSAGES = {
  tooLarge: `This picture is larger than ${PICTURE_LIMITS.maxBytes / KB / KB} MB. Choose a smaller file, or save it smaller first.`,
  empty: 'This file is empty.',
  badName: 'Choose a PNG, JPEG, WebP or SVG picture.',
  notAPicture: 'This file is not a PNG, JPEG, WebP or SVG picture.',
  mismatch: (named: string, holds: string) =>
    `This file is named as a ${named} but holds a ${holds}. Save it with the right ending and try again.`,
  damaged: (type: string) => `This ${type} picture is damaged or incomplete, so it cannot be shown.`,
  tooManyPixels: `This picture is too large in pixels (at most ${PICTURE_LIMITS.maxSide} on a side). Save it smaller first.`,
  noSize: 'This SVG does not say how large it is (it needs a viewBox or a width and height).',
  notUtf8: 'This SVG file is not readable text (UTF-8).',
  tooLargeCleaned: `Saved again without its extra data, this picture is larger than ${PICTURE_LIMITS.maxBytes / KB / KB} MB. Save it smaller first.`,
} as const;

/** JPEG quality of the re-encoded copy: high enough that a photo of a stretch looks the same. */
const JPEG_QUALITY = 90;

const NAMES: Record<PictureType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP', 'image/svg+xml': 'SVG' };

function typeFromName(name: string): PictureType | null {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'png') return 'image/png';
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg';
  if (ext === 'webp') return 'image/webp';
  if (ext === 'svg') return 'image/svg+xml';
  return null;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** The type the content claims by its first bytes (SVG: text whose first tag is, or leads to, <svg). */
function typeFromBytes(bytes: Uint8Array): PictureType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

function sizeOf(bytes: Uint8Array): { width: number; height: number; orientation?: number } | null {
  try {
    const { width, height, orientation } = imageSize(bytes);
    return width && height && width > 0 && height > 0 ? { width, height, ...(orientation ? { orientation } : {}) } : null;
  } catch {
    return null;
  }
}

const withinLimits = ({ width, height }: { width: number; height: number }) =>
  Math.max(width, height) <= PICTURE_LIMITS.maxSide && width * height <= PICTURE_LIMITS.maxPixels;

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The raster decoded whole (CRCs, compressed data and all) and encoded again from its pixels, or null when
 * it does not decode to the size its header says. WebP has no decoder here: its container is checked instead.
 */
function reencoded(type: PictureType, bytes: Uint8Array, size: { width: number; height: number; orientation?: number }): Pixels | null {
  try {
    if (type === 'image/png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (png.width !== size.width || png.height !== size.height) return null;
      return { width: png.width, height: png.height, data: new Uint8Array(PNG.sync.write(png, { deflateLevel: 9 })) };
    }
    if (type === 'image/jpeg') {
      const image = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: PICTURE_LIMITS.maxPixels / 1e6, maxMemoryUsageInMB: 256 });
      if (image.width !== size.width || image.height !== size.height) return null;
      const upright = orient({ width: image.width, height: image.height, data: image.data }, size.orientation ?? 1);
      return { ...upright, data: new Uint8Array(jpeg.encode(upright, JPEG_QUALITY).data) };
    }
    const remuxed = remuxWebp(bytes);
    return remuxed ? { width: size.width, height: size.height, data: remuxed } : null;
  } catch {
    return null;
  }
}

/** RGBA pixels turned as an EXIF orientation (2–8) says, since the re-encoded copy carries no EXIF. */
export function orient(image: Pixels, orientation: number): Pixels {
  if (orientation < 2 || orientation > 8) return image;
  const { width: w, height: h, data } = image;
  const swap = orientation >= 5;
  const width = swap ? h : w;
  const height = swap ? w : h;
  const out = new Uint8Array(width * height * 4);
  // Where each shown pixel (x, y) comes from in the stored image.
  const from: Record<number, (x: number, y: number) => [number, number]> = {
    2: (x, y) => [w - 1 - x, y],
    3: (x, y) => [w - 1 - x, h - 1 - y],
    4: (x, y) => [x, h - 1 - y],
    5: (x, y) => [y, x],
    6: (x, y) => [y, h - 1 - x],
    7: (x, y) => [w - 1 - y, h - 1 - x],
    8: (x, y) => [w - 1 - y, x],
  };
  const source = from[orientation]!;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = source(x, y);
      out.set(data.subarray((sy * w + sx) * 4, (sy * w + sx) * 4 + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data: out };
}

export function checkPicture(bytes: Uint8Array, declaredName: string): PictureCheck {
  if (bytes.byteLength > PICTURE_LIMITS.maxBytes) return { ok: false, message: PICTURE_MESSAGES.tooLarge };
  if (bytes.byteLength === 0) return { ok: false, message: PICTURE_MESSAGES.empty };
  const named = typeFromName(declaredName);
  if (!named) return { ok: false, message: PICTURE_MESSAGES.badName };
  const type = typeFromBytes(bytes);
  if (!type) return { ok: false, message: PICTURE_MESSAGES.notAPicture };
  if (type !== named) return { ok: false, message: PICTURE_MESSAGES.mismatch(NAMES[named], NAMES[type]) };
  if (type === 'image/svg+xml') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: PICTURE_MESSAGES.notUtf8 };
    }
    const verdict = checkSvgText(text);
    if (!verdict.ok) return { ok: false, message: verdict.reason };
  }
  const size = sizeOf(bytes);
  if (!size) return { ok: false, message: type === 'image/svg+xml' ? PICTURE_MESSAGES.noSize : PICTURE_MESSAGES.damaged(NAMES[type]) };
  if (!withinLimits(size)) return { ok: false, message: PICTURE_MESSAGES.tooManyPixels };
  if (type === 'image/svg+xml') return { ok: true, type, width: size.width, height: size.height, bytes };
  const clean = reencoded(type, bytes, size);
  if (!clean) return { ok: false, message: PICTURE_MESSAGES.damaged(NAMES[type]) };
  if (clean.data.byteLength > PICTURE_LIMITS.maxBytes) return { ok: false, message: PICTURE_MESSAGES.tooLargeCleaned };
  return { ok: true, type, width: clean.width, height: clean.height, bytes: clean.data };
}
