/** Reading GPX and TCX text with fast-xml-parser: checked whole first, so a cut-off file is refused, not half read. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Tags that can repeat in GPX or TCX: always lists, so that one point reads like many. */
const LISTS = new Set(['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Track', 'Trackpoint']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // gpxtpx:hr, ns3:hr and hr are the same heart rate, whatever prefix the exporter chose.
  removeNSPrefix: true,
  // Numbers are read where they are used, so an odd value is seen rather than silently coerced.
  parseTagValue: false,
  parseAttributeValue: false,
  // No entity expansion: nothing in a track needs it, and it is the way XML bombs work.
  processEntities: false,
  isArray: (name) => LISTS.has(name),
});

export type XmlRead = { ok: true; doc: Record<string, unknown> } | { ok: false; reason: string };

export function readXml(text: string): XmlRead {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  const checked = XMLValidator.validate(text);
  if (checked !== true) {
    const { line, msg } = checked.err;
    // The validator lists the tags still open at the end ("Invalid '[gpx, trk, …]' found"): the file stops mid-way.
    const cut = /^Invalid '\[/.test(msg) || /unclosed/i.test(msg) || !text.trimEnd().endsWith('>');
    return {
      ok: false,
      reason: cut
        ? 'the file looks cut short or damaged: it ends before its XML is closed'
        : `the file is damaged: it is not well-formed XML (line ${line}: ${msg})`,
    };
  }
  return { ok: true, doc: parser.parse(text) as Record<string, unknown> };
}

/** Walks a parsed document without trusting its shape. */
export function child(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

export function list(node: unknown, key: string): unknown[] {
  const value = child(node, key);
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The text of an element (or of its #text when it has attributes). */
export function text(node: unknown): string | null {
  if (typeof node === 'string') return node.trim();
  if (typeof node === 'number') return String(node);
  const inner = child(node, '#text');
  return typeof inner === 'string' ? inner.trim() : null;
}

export function num(node: unknown): number | null {
  const t = text(node);
  if (t === null || t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function timeMs(node: unknown): number | null {
  const t = text(node);
  if (!t) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : ms;
}

/** A sport name that is plainly not running ("cycling", "Biking", "swimming"). */
export function otherSport(name: string | null): string | null {
  if (!name) return null;
  return /cycl|bik|ride|swim|ski|row|paddl/i.test(name) ? name.toLowerCase().replace(/_/g, ' ') : null;
}
