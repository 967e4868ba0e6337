import { describe, expect, it } from 'vitest';
import { checkSvgText } from '../../../../src/lib/pictures/svg-check';

const svg = (body: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attrs}>${body}</svg>`;
const reason = (text: string) => {
  const verdict = checkSvgText(text);
  return verdict.ok ? 'ok' : verdict.reason;
};

describe('checkSvgText', () => {
  it('accepts a plain drawing with in-file references, styles and comments', () => {
    expect(
      reason(
        svg(
          '<!-- figure --><defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs><style>.a{fill:url(#g)}</style>' +
            '<use href="#c"/><g clip-path="url(#c)" style="fill: url( #c )"><circle r="2"/></g><text>Hold</text>',
        ),
      ),
    ).toBe('ok');
  });

  it.each([
    [
      svg('<g><g><script>x()</script></g></g>'),
      'This SVG holds the element “script”: scripts, embedded pages and animations are not allowed.',
    ],
    [svg('', ' onload="x()"'), 'This SVG has an event handler (“onload”), which could run code.'],
    [svg('<rect ONCLICK="x()"/>'), 'This SVG has an event handler (“ONCLICK”), which could run code.'],
    [
      svg('<svg:foreignObject xmlns:svg="http://www.w3.org/2000/svg"/>'),
      'This SVG holds the element “svg:foreignObject”: scripts, embedded pages and animations are not allowed.',
    ],
    [svg('<animate attributeName="x"/>'), 'This SVG holds the element “animate”: scripts, embedded pages and animations are not allowed.'],
    [svg('<image src="pic.png"/>'), 'This SVG links to something outside the file (pictures here must be self-contained).'],
    [
      svg('<image href="data:image/png;base64,AAAA"/>'),
      'This SVG links to something outside the file (pictures here must be self-contained).',
    ],
    [svg('<rect style="fill:url(http://x/y)"/>'), 'This SVG links to something outside the file (pictures here must be self-contained).'],
    [
      svg('<style><![CDATA[ @import "x.css"; ]]></style>'),
      'This SVG links to something outside the file (pictures here must be self-contained).',
    ],
    [svg('<rect fill="j a v a s c r i p t:x"/>'), 'This SVG holds a “javascript:” address, which could run code.'],
    [svg('<text>javascript:alert(1)</text>'), 'This SVG holds a “javascript:” address, which could run code.'],
    ['<?xml-stylesheet href="x.css"?>' + svg(''), 'This SVG links to something outside the file (pictures here must be self-contained).'],
    ['<html/>', 'This file does not hold an SVG drawing.'],
    [svg('<rect>'), 'This SVG file is not well-formed, so it cannot be shown.'],
    ['<!DOCTYPE svg [<!ENTITY x "y">]>' + svg('&x;'), 'This SVG declares entities in its DOCTYPE, which pictures here may not use.'],
  ])('refuses %s', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it('refuses nesting too deep to check', () => {
    expect(reason(svg('<g>'.repeat(70) + '</g>'.repeat(70)))).toBe('This SVG is nested too deeply to be checked.');
  });
});
