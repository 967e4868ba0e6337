/**
 * Whether an SVG is a plain drawing: no scripts, no event handlers, no foreignObject or embedded
 * documents, no references to anything outside the file, no entities. Such SVGs are
 * refused rather than cleaned: a picture that needed cleaning is not what the runner meant to add.
 * Pure (fast-xml-parser has no DOM), so main and tests use it alike.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type SvgVerdict = { ok: true } | { ok: false; reason: string };

/** Elements that run code, embed other documents or change the drawing over time (animation can rewrite links). */
const REFUSED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
]);

const REASON = {
  notXml: 'This SVG file is not well-formed, so it cannot be shown.',
  notSvg: 'This file does not hold an SVG drawing.',
  doctype: 'This SVG declares entities in its DOCTYPE, which pictures here may not use.',
  element: (name: string) => `This SVG holds the element “${name}”: scripts, embedded pages and animations are not allowed.`,
  handler: (name: string) => `This SVG has an event handler (“${name}”), which could run code.`,
  link: 'This SVG links to something outside the file (pictures here must be self-contained).',
  script: 'This SVG holds a “javascript:” address, which could run code.',
  tooDeep: 'This SVG is nested too deeply to be checked.',
} as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  allowBooleanAttributes: true,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
});

type XmlNode = Record<string, unknown>;

/** `url(...)` in CSS that points anywhere but an id in this file, or a stylesheet import. */
const EXTERNAL_CSS = /@import|url\(\s*(?!['"]?\s*#)/i;
const JAVASCRIPT_URL = /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i;

function checkAttributes(attributes: Record<string, unknown>): string | null {
  for (const [rawName, rawValue] of Object.entries(attributes)) {
    const name = rawName.toLowerCase();
    const value = typeof rawValue === 'string' ? rawValue : '';
    if (name.startsWith('on')) return REASON.handler(rawName);
    if (JAVASCRIPT_URL.test(value)) return REASON.script;
    const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
    if ((local === 'href' || local === 'src') && !value.trim().startsWith('#')) return REASON.link;
    if ((name === 'style' || value.includes('url(')) && EXTERNAL_CSS.test(value)) return REASON.link;
  }
  return null;
}

function checkNodes(nodes: readonly XmlNode[], depth: number): string | null {
  if (depth > 64) return REASON.tooDeep;
  for (const node of nodes) {
    const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
    for (const [key, children] of Object.entries(node)) {
      if (key === ':@') continue;
      if (key === '#text' || key === '#cdata' || key === '#comment') {
        const text = JSON.stringify(children);
        if (JAVASCRIPT_URL.test(text)) return REASON.script;
        continue;
      }
      const local = (key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : key).toLowerCase();
      if (REFUSED_ELEMENTS.has(local)) return REASON.element(key);
      if (key.startsWith('?') && local.includes('stylesheet')) return REASON.link;
      const problem = checkAttributes(attributes);
      if (problem) return problem;
      if (local === 'style' && EXTERNAL_CSS.test(JSON.stringify(children))) return REASON.link;
      if (Array.isArray(children)) {
        const inner = checkNodes(children as XmlNode[], depth + 1);
        if (inner) return inner;
      }
    }
  }
  return null;
}

/** Checks SVG text (already decoded as UTF-8). */
export function checkSvgText(text: string): SvgVerdict {
  // A plain DOCTYPE (old editors write one) is harmless; an internal subset or entities are how XML bombs work.
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text)) return { ok: false, reason: REASON.doctype };
  if (XMLValidator.validate(text) !== true) return { ok: false, reason: REASON.notXml };
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(text) as XmlNode[];
  } catch {
    return { ok: false, reason: REASON.notXml };
  }
  const root = nodes.find((n) => Object.keys(n).some((k) => !k.startsWith('?') && !k.startsWith('#') && k !== ':@'));
  const rootName = root ? Object.keys(root).find((k) => k !== ':@') : undefined;
  if (!rootName || rootName.toLowerCase() !== 'svg') return { ok: false, reason: REASON.notSvg };
  const problem = checkNodes(nodes, 0);
  return problem ? { ok: false, reason: problem } : { ok: true };
}
