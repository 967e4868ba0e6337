import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPicture } from '../../../../../electron/main/pictures/check-picture';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/pictures');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const svg = (body: string, open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">') =>
  new TextEncoder().encode(`${open}${body}</svg>`);
const message = (bytes: Uint8Array, name: string) => {
  const result = checkPicture(bytes, name);
  return result.ok ? 'ok' : result.message;
};

describe('checkPicture', () => {
  it.each([
    ['tiny.png', 'image/png', 6, 4],
    ['tiny.jpg', 'image/jpeg', 6, 4],
    ['tiny.webp', 'image/webp', 6, 4],
    ['figure.svg', 'image/svg+xml', 120, 80],
  ])('accepts %s with its real type and size, bytes unchanged', (name, type, width, height) => {
    const bytes = read(name);
    expect(checkPicture(bytes, name)).toEqual({ ok: true, type, width, height, bytes });
  });

  it('accepts .jpeg and upper-case endings', () => {
    expect(checkPicture(read('tiny.jpg'), 'Photo.JPEG').ok).toBe(true);
  });

  it('refuses a file that is not an image, even named .png', () => {
    const text = new TextEncoder().encode('Not a picture at all, just some notes.\n');
    expect(message(text, 'notes.png')).toBe('This file is not a PNG, JPEG, WebP or SVG picture.');
    expect(message(read('tiny.png'), 'tiny.gif')).toBe('Choose a PNG, JPEG, WebP or SVG picture.');
    expect(message(new Uint8Array(), 'x.png')).toBe('This file is empty.');
  });

  it('refuses a picture whose name says another type', () => {
    expect(message(read('tiny.jpg'), 'tiny.png')).toBe(
      'This file is named as a PNG but holds a JPEG. Save it with the right ending and try again.',
    );
  });

  it('refuses anything over 1 MB before reading it as a picture', () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(read('tiny.png'));
    expect(message(big, 'big.png')).toBe('This picture is larger than 1 MB. Choose a smaller file, or save it smaller first.');
    const exact = new Uint8Array(1024 * 1024);
    expect(message(exact, 'big.png')).not.toMatch(/larger than/);
  });

  it('refuses a truncated or damaged raster (fully decoded, not just the header)', () => {
    const png = read('tiny.png');
    expect(message(png.slice(0, png.length - 20), 'cut.png')).toBe('This PNG picture is damaged or incomplete, so it cannot be shown.');
    const jpg = read('tiny.jpg');
    const broken = jpg.slice();
    broken.fill(0, 200, 600);
    expect(message(broken, 'broken.jpg')).toBe('This JPEG picture is damaged or incomplete, so it cannot be shown.');
    const webp = read('tiny.webp');
    expect(message(webp.slice(0, 100), 'cut.webp')).toBe('This WebP picture is damaged or incomplete, so it cannot be shown.');
  });

  it('refuses a raster too large in pixels from its header, before decoding', () => {
    const png = Buffer.from(read('tiny.png'));
    png.writeUInt32BE(7000, 16); // IHDR width
    expect(message(new Uint8Array(png), 'wide.png')).toBe(
      'This picture is too large in pixels (at most 6000 on a side). Save it smaller first.',
    );
  });

  it.each([
    ['<script>alert(1)</script>', 'element “script”'],
    ['<circle r="1" onload="alert(1)"/>', 'event handler (“onload”)'],
    ['<foreignObject><div/></foreignObject>', 'element “foreignObject”'],
    ['<image href="https://example.com/x.png"/>', 'links to something outside'],
    ['<use xlink:href="other.svg#a" xmlns:xlink="http://www.w3.org/1999/xlink"/>', 'links to something outside'],
    ['<a href="javascript:alert(1)"><circle r="1"/></a>', '“javascript:” address'],
    ['<circle r="1" fill="url(https://x.org/p)"/>', 'links to something outside'],
    ['<style>@import url(https://x.org/a.css);</style>', 'links to something outside'],
    ['<set attributeName="href" to="javascript:alert(1)"/>', 'element “set”'],
    ['<SCRIPT>1</SCRIPT>', 'element “SCRIPT”'],
  ])('refuses an SVG with %s', (body, reason) => {
    expect(message(svg(body), 'bad.svg')).toContain(reason);
  });

  it('refuses SVGs with a DOCTYPE, broken XML, no size, or another root', () => {
    const doctype =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">&a;</svg>';
    expect(message(new TextEncoder().encode(doctype), 'd.svg')).toBe(
      'This SVG declares entities in its DOCTYPE, which pictures here may not use.',
    );
    const plainDoctype =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" width="2" height="3"/>';
    expect(checkPicture(new TextEncoder().encode(plainDoctype), 'old.svg')).toMatchObject({ ok: true, width: 2, height: 3 });
    expect(message(svg('<circle r="1">'), 'x.svg')).toBe('This SVG file is not well-formed, so it cannot be shown.');
    expect(message(svg('<circle r="1"/>', '<svg xmlns="http://www.w3.org/2000/svg">'), 'x.svg')).toBe(
      'This SVG does not say how large it is (it needs a viewBox or a width and height).',
    );
    expect(message(new TextEncoder().encode('<html><svg></svg></html>'), 'x.svg')).toBe(
      'This file is not a PNG, JPEG, WebP or SVG picture.',
    );
  });
});
