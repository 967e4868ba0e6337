import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { checkPicture, orient } from '../../../../../electron/main/pictures/check-picture';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/pictures');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const svg = (body: string, open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">') =>
  new TextEncoder().encode(`${open}${body}</svg>`);
const message = (bytes: Uint8Array, name: string) => {
  const result = checkPicture(bytes, name);
  return result.ok ? 'ok' : result.message;
};

describe('checkPicture', () => {
  it('accepts an SVG drawing with its real size, as given', () => {
    const bytes = read('figure.svg');
    expect(checkPicture(bytes, 'figure.svg')).toEqual({ ok: true, type: 'image/svg+xml', width: 120, height: 80, bytes });
  });

  it.each([
    ['tiny.png', 'image/png'],
    ['tiny.jpg', 'image/jpeg'],
    ['tiny.webp', 'image/webp'],
  ])('accepts %s with its real type and size, re-encoded from its pixels', (name, type) => {
    const checked = checkPicture(read(name), name);
    expect(checked).toMatchObject({ ok: true, type, width: 6, height: 4 });
    // The copy is itself a picture of that type and size.
    const again = checkPicture((checked as { bytes: Uint8Array }).bytes, name);
    expect(again).toMatchObject({ ok: true, type, width: 6, height: 4 });
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

  describe('re-encoding: nothing but the picture is kept', () => {
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
    const bytesOf = (checked: ReturnType<typeof checkPicture>) => (checked.ok ? checked.bytes : new Uint8Array());

    it('a PNG keeps its exact pixels and loses a text chunk; one with anything after its end is refused', () => {
      const png = read('tiny.png');
      // A well-formed tEXt chunk after IHDR (8-byte signature + 25-byte IHDR), and text after IEND.
      const text = [...ascii('tEXt'), ...ascii('Comment'), 0, ...ascii('secret note')];
      const crc = zlib.crc32(Buffer.from(text));
      const be32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
      const chunk = [...be32(text.length - 4), ...text, ...be32(crc)];
      const noted = new Uint8Array([...png.subarray(0, 33), ...chunk, ...png.subarray(33)]);
      expect(contains(noted, 'secret note')).toBe(true);
      const checked = checkPicture(noted, 'noted.png');
      expect(checked).toMatchObject({ ok: true, width: 6, height: 4 });
      expect(contains(bytesOf(checked), 'secret note')).toBe(false);
      const trailing = new Uint8Array([...png, ...ascii('<script>x</script>')]);
      expect(message(trailing, 'polyglot.png')).toBe('This PNG picture is damaged or incomplete, so it cannot be shown.');
      const pixels = (b: Uint8Array) => PNG.sync.read(Buffer.from(b)).data;
      expect(pixels(bytesOf(checked))).toEqual(pixels(png));
    });

    it('a JPEG loses its EXIF (such as where a photo was taken) and anything after its end', () => {
      const jpg = read('tiny.jpg');
      const exif = [...ascii('Exif'), 0, 0, ...ascii('MM'), 0, 42, 0, 0, 0, 8, 0, 0, ...ascii('GPS 52.52N 13.40E')];
      const app1 = [0xff, 0xe1, 0, exif.length + 2, ...exif];
      const tagged = new Uint8Array([...jpg.subarray(0, 2), ...app1, ...jpg.subarray(2), ...ascii('trailing')]);
      expect(contains(tagged, 'GPS 52.52N')).toBe(true);
      const checked = checkPicture(tagged, 'photo.jpg');
      expect(checked).toMatchObject({ ok: true, width: 6, height: 4 });
      expect(contains(bytesOf(checked), 'GPS 52.52N')).toBe(false);
      expect(contains(bytesOf(checked), 'trailing')).toBe(false);
    });

    it('a WebP keeps its image chunks only: its colour profile and an EXIF chunk are left out, and the flags say so', () => {
      const webp = read('tiny.webp');
      const exif = [...ascii('EXIF'), 18, 0, 0, 0, ...ascii('GPS 52.52N 13.40E!')];
      const tagged = new Uint8Array([...webp, ...exif]);
      new DataView(tagged.buffer).setUint32(4, tagged.byteLength - 8, true);
      tagged[20] = tagged[20]! | 0x08;
      const checked = checkPicture(tagged, 'photo.webp');
      expect(checked).toMatchObject({ ok: true, width: 6, height: 4 });
      const out = bytesOf(checked);
      expect(contains(out, 'GPS 52.52N')).toBe(false);
      expect(contains(out, 'ICCP')).toBe(false);
      expect(contains(out, 'VP8')).toBe(true);
      expect(out[20]! & (0x20 | 0x08 | 0x04)).toBe(0);
      expect(new DataView(out.buffer, out.byteOffset).getUint32(4, true)).toBe(out.byteLength - 8);
      // Bytes after the container's end are not carried along: the file is refused.
      expect(message(new Uint8Array([...webp, ...ascii('<script>x</script>')]), 'polyglot.webp')).toBe(
        'This WebP picture is damaged or incomplete, so it cannot be shown.',
      );
    });

    it('a JPEG a phone stored on its side (EXIF orientation 6) comes back upright, its sides swapped', () => {
      const jpg = read('tiny.jpg');
      // TIFF header, big-endian, one IFD entry: Orientation (0x0112), SHORT, 1 value, 6.
      const tiff = [...ascii('MM'), 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
      const exif = [...ascii('Exif'), 0, 0, ...tiff];
      const rotated = new Uint8Array([...jpg.subarray(0, 2), 0xff, 0xe1, 0, exif.length + 2, ...exif, ...jpg.subarray(2)]);
      expect(checkPicture(rotated, 'side.jpg')).toMatchObject({ ok: true, width: 4, height: 6 });
    });

    it('turns pixels as each EXIF orientation says', () => {
      // 3 × 2: a b c / d e f, one byte per letter in the red channel.
      const image = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6].flatMap((v) => [v, 0, 0, 255])) };
      const reds = (o: number) => {
        const turned = orient(image, o);
        return [turned.width, turned.height, ...[...turned.data].filter((_, i) => i % 4 === 0)];
      };
      expect(reds(1)).toEqual([3, 2, 1, 2, 3, 4, 5, 6]);
      expect(reds(2)).toEqual([3, 2, 3, 2, 1, 6, 5, 4]);
      expect(reds(3)).toEqual([3, 2, 6, 5, 4, 3, 2, 1]);
      expect(reds(4)).toEqual([3, 2, 4, 5, 6, 1, 2, 3]);
      expect(reds(5)).toEqual([2, 3, 1, 4, 2, 5, 3, 6]);
      expect(reds(6)).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
      expect(reds(7)).toEqual([2, 3, 6, 3, 5, 2, 4, 1]);
      expect(reds(8)).toEqual([2, 3, 3, 6, 2, 5, 1, 4]);
    });
  });
});
