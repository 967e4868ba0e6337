import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../../electron/main/security/sender';

describe('isTrustedSender', () => {
  const filePage = 'file:///opt/Backstride/resources/app/out/renderer/index.html';
  it('accepts our own page, with or without a hash', () => {
    expect(isTrustedSender(filePage, filePage)).toBe(true);
    expect(isTrustedSender(`${filePage}#/history`, filePage)).toBe(true);
  });
  it('rejects other files, other origins and missing senders', () => {
    expect(isTrustedSender('file:///tmp/evil.html', filePage)).toBe(false);
    expect(isTrustedSender('https://example.com/index.html', filePage)).toBe(false);
    expect(isTrustedSender(undefined, filePage)).toBe(false);
    expect(isTrustedSender('not a url', filePage)).toBe(false);
  });
  it('compares origins for an http app page (dev server, test bridge)', () => {
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:9999/index.html', 'http://127.0.0.1:5173/')).toBe(false);
  });
});
