/** Serves the built renderer (and the data folder's movement pictures) on app://backstride with the CSP as a response header. */
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, PICTURE_CSP, resolveAppAsset } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string, picturesDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rendererDir, request.url, picturesDir);
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(asset.file);
      return new Response(body, {
        headers: {
          'content-type': asset.contentType,
          'content-security-policy': asset.picture ? PICTURE_CSP : CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
