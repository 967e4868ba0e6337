import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, resolveAppAsset } from '../../../../../electron/main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../../electron/main/security/csp';
import { isTrustedSender } from '../../../../../electron/main/security/sender';

const root = '/opt/backstride/out/renderer';

describe('app:// protocol', () => {
  it('serves files inside the renderer folder with their type', () => {
    expect(resolveAppAsset(root, 'app://backstride/index.html')).toEqual({ file: `${root}/index.html`, contentType: 'text/html; charset=utf-8' });
    expect(resolveAppAsset(root, 'app://backstride/assets/index-abc.js')?.file).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppAsset(root, 'app://backstride/')?.file).toBe(`${root}/index.html`);
  });
  it('refuses paths that climb out, other hosts, other schemes and unknown file types', () => {
    expect(resolveAppAsset(root, 'app://backstride/../../etc/passwd')).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/..%2f..%2fmain/index.js')).toBeNull();
    expect(resolveAppAsset(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'file:///opt/backstride/out/renderer/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/secret.txt')).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/%E0%A4%A')).toBeNull();
  });
  it('serves movement pictures from the pictures folder by the names main gives them, and nothing else there', () => {
    const pictures = '/data/pictures';
    expect(resolveAppAsset(root, 'app://backstride/pictures/abcdef12-3456.webp', pictures)).toEqual({
      file: '/data/pictures/abcdef12-3456.webp',
      contentType: 'image/webp',
      picture: true,
    });
    expect(resolveAppAsset(root, 'app://backstride/pictures/abcdef12-3456.png')).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/pictures/..%2fmovements.json', pictures)).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/pictures/abcdef12.json', pictures)).toBeNull();
    expect(resolveAppAsset(root, 'app://backstride/pictures/a/abcdef12.png', pictures)).toBeNull();
  });
  it('trusts IPC only from the app:// page', () => {
    expect(isTrustedSender('app://backstride/index.html', APP_PAGE_URL)).toBe(true);
    expect(isTrustedSender('app://other/index.html', APP_PAGE_URL)).toBe(false);
    expect(isTrustedSender('https://backstride/index.html', APP_PAGE_URL)).toBe(false);
  });
  it('keeps the page’s CSP meta tag identical to the header', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../src/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});
