import { describe, expect, it } from 'vitest';
import { devRendererUrl } from '../../../../../electron/main/security/dev-server';
import { isTrustedSender } from '../../../../../electron/main/security/sender';

describe('the dev-server renderer URL', () => {
  const dev = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };
  it('is honoured only under electron-vite dev, from source', () => {
    expect(devRendererUrl(dev, false)).toBe('http://localhost:5173/');
    // npm start, the tests, or a shell that happens to have the variable: ignored.
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:8080' }, false)).toBeUndefined();
    expect(devRendererUrl({ ...dev, NODE_ENV_ELECTRON_VITE: 'production' }, false)).toBeUndefined();
    expect(devRendererUrl(dev, true)).toBeUndefined();
  });
  it('is never a remote page or another scheme', () => {
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'http://example.com:5173' }, false)).toBeUndefined();
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'file:///tmp/evil.html' }, false)).toBeUndefined();
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
  });
  it('then lets only that origin call IPC', () => {
    const page = devRendererUrl(dev, false)!;
    expect(isTrustedSender('http://localhost:5173/index.html#/history', page)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/index.html', page)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', page)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/index.html', page)).toBe(false);
  });
});
