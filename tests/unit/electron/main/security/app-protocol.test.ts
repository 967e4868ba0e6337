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
