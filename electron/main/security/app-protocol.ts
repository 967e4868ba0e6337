/**
 * Where app://backstride/<path> requests are served from: files inside the built renderer, and
 * /pictures/<file> from the data folder's pictures (own movements' checked pictures).
 */
import path from 'node:path';
import { PICTURE_FILE_PATTERN } from '../../../src/lib/routines/pictures';

export const APP_SCHEME = 'app';
export const APP_HOST = 'backstride';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Content types of the files a built renderer has (shared with the browser-test server). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Sent with every picture: an SVG opened on its own can still run nothing and load nothing. */
export const PICTURE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/**
 * The file for a request URL, or null for anything outside the renderer folder or another host.
 * With `picturesDir`, /pictures/<file> is a movement picture (a name main gave it, never a path).
 */
export function resolveAppAsset(
  rendererDir: string,
  requestUrl: string,
  picturesDir?: string,
): { file: string; contentType: string; picture?: true } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.startsWith('/pictures/')) {
    const picture = pathname.slice('/pictures/'.length);
    if (!picturesDir || !PICTURE_FILE_PATTERN.test(picture)) return null;
    return { file: path.join(path.resolve(picturesDir), picture), contentType: CONTENT_TYPES[path.extname(picture)]!, picture: true };
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const contentType = CONTENT_TYPES[path.extname(file)];
  return contentType ? { file, contentType } : null;
}
