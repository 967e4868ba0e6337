import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_SEC, MOVEMENTS, movementById, movementsOfKind } from '../../../../src/lib/routines/catalog';

const ASSETS = fileURLToPath(new URL('../../../../src/assets/movements/', import.meta.url));

/** A small well-formedness check: balanced tags, one <svg> root, attributes quoted. */
function parseSvg(text: string): { root: string; attrs: Record<string, string>; tags: string[] } {
  const body = text.trim();
  const tagRe = /<\/?([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  const stack: string[] = [];
  const tags: string[] = [];
  let rootAttrs = '';
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = tagRe.exec(body)) !== null) {
    const between = body.slice(last, match.index);
    if (between.includes('<') || between.includes('>')) throw new Error(`malformed markup near ${match.index}`);
    last = tagRe.lastIndex;
    const [whole, name = '', attrs = '', selfClosing] = match;
    if (whole.startsWith('</')) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      continue;
    }
    if (stack.length === 0 && tags.length > 0) throw new Error('more than one root element');
    if (tags.length === 0) rootAttrs = attrs;
    tags.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (body.slice(last).trim() !== '') throw new Error('trailing text after the root element');
  const attrs = Object.fromEntries([...rootAttrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { root: tags[0] ?? '', attrs, tags };
}

describe('movement catalog', () => {
  it('has at least 24 movements covering all three kinds', () => {
    expect(MOVEMENTS.length).toBeGreaterThanOrEqual(24);
    expect(movementsOfKind('dynamic').length).toBeGreaterThanOrEqual(8);
    expect(movementsOfKind('wheel').length).toBeGreaterThanOrEqual(6);
    expect(movementsOfKind('static').length).toBeGreaterThanOrEqual(8);
  });

  it('uses unique kebab-case ids and finds each movement by id', () => {
    const ids = MOVEMENTS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MOVEMENTS) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(movementById(m.id)).toBe(m);
    }
    expect(movementById('no-such-move')).toBeUndefined();
    expect(movementById('__proto__')).toBeUndefined();
    expect(movementById('constructor')).toBeUndefined();
  });

  it('gives every movement the kind default duration, a name, a short how-to and a boolean perSide', () => {
    for (const m of MOVEMENTS) {
      expect(m.defaultDurationSec, m.id).toBe(DEFAULT_DURATION_SEC[m.kind]);
      expect(m.name.trim().length, m.id).toBeGreaterThan(2);
      expect(typeof m.perSide, m.id).toBe('boolean');
      const sentences = m.howTo.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, m.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, m.id).toBeLessThanOrEqual(2);
      if (m.caution !== undefined) expect(m.caution.length, m.id).toBeGreaterThan(10);
    }
    expect(DEFAULT_DURATION_SEC).toEqual({ dynamic: 30, wheel: 45, static: 30 });
  });

  it('warns against rolling the lower back and about pain shooting down a leg', () => {
    const cautions = MOVEMENTS.map((m) => m.caution ?? '').join(' ');
    expect(movementById('wheel-mid-back')?.caution).toMatch(/lower|lumbar/i);
    expect(cautions).toMatch(/shoots down a leg/);
    expect(movementsOfKind('wheel').every((m) => m.caution !== undefined)).toBe(true);
  });

  it('is frozen so no caller can change a movement by accident', () => {
    const first = MOVEMENTS[0];
    expect(Object.isFrozen(MOVEMENTS)).toBe(true);
    expect(first && Object.isFrozen(first)).toBe(true);
  });

  it('has a small, self-contained SVG illustration for every movement', () => {
    for (const m of MOVEMENTS) {
      const file = `${ASSETS}${m.id}.svg`;
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      const svg = parseSvg(text);
      expect(svg.root, m.id).toBe('svg');
      expect(svg.attrs, m.id).toMatchObject({
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: '0 0 120 120',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '6',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
      expect(new Set(svg.tags), m.id).toEqual(new Set(['svg', 'title', 'path', 'circle']));
      expect(text, m.id).not.toMatch(/<script|href|url\(|\son[a-z]+=|<!ENTITY|<foreignObject|<style/i);
      expect(text, m.id).toContain('<path d="M6 110H114"/>'); // the floor
      expect(text.match(/<circle[^>]*fill="currentColor"/g)?.length, m.id).toBe(1); // the head
      const wheels = text.match(/<circle(?![^>]*fill=)[^>]*\/>/g) ?? [];
      expect(wheels.length, m.id).toBe(m.kind === 'wheel' ? 1 : 0);
      expect(Buffer.byteLength(text), m.id).toBeLessThan(1024);
      expect(text, m.id).toContain(`<title>${m.name}</title>`); // accessible name when inlined
    }
  });

  it('rejects broken markup in the SVG check itself', () => {
    expect(() => parseSvg('<svg><path d="M0 0"></svg>')).toThrow();
    expect(() => parseSvg('<svg></svg><svg></svg>')).toThrow();
    expect(parseSvg('<svg a="1"><path d="M0 0"/></svg>').root).toBe('svg');
  });
});
