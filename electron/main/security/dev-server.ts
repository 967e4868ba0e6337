/**
 * The renderer's dev-server URL, honoured only under `electron-vite dev`: that command sets
 * NODE_ENV_ELECTRON_VITE=development and ELECTRON_RENDERER_URL for the Electron it starts. A stray
 * ELECTRON_RENDERER_URL in `npm start`, tests or a packaged app would load any page with full IPC.
 */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged || env.NODE_ENV_ELECTRON_VITE !== 'development') return undefined;
  const raw = env.ELECTRON_RENDERER_URL;
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    // The dev server runs on this machine; anything else is not electron-vite's.
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK.has(url.hostname)) return undefined;
    return url.origin + '/';
  } catch {
    return undefined;
  }
}
