/**
 * Movement pictures as data: the limits, the file names main gives them and the URL the renderer
 * shows them by (their stored shape is in picture-schema.ts, which only main needs). The bytes are checked by main (electron/main/pictures).
 */
import type { PictureType } from './types';

export const PICTURE_LIMITS = Object.freeze({
  /** The file as picked, before anything else is read. */
  maxBytes: 1024 * 1024,
  /** Real pixels (or SVG user units) on the longer side; larger ones are refused, not scaled. */
  maxSide: 6000,
  /** Width × height: keeps a decode small even for a thin, tall picture. */
  maxPixels: 16_000_000,
});

export const PICTURE_EXTENSIONS: Readonly<Record<PictureType, string>> = Object.freeze({
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
});

/** File names main gives pictures: a random stem and the type's extension, never a path. */
export const PICTURE_FILE_PATTERN = /^[A-Za-z0-9_-]{8,80}\.(png|jpg|webp|svg)$/;

/** The URL path a picture is served at: app://backstride/pictures/<file> in the app (and the test server's /pictures/). */
export function pictureUrl(file: string): string {
  return PICTURE_FILE_PATTERN.test(file) ? `/pictures/${file}` : '';
}
