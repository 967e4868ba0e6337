/**
 * A WebP rebuilt from its image chunks only. There is no maintained small pure-JS WebP decoder to
 * re-encode with, so the container is taken apart instead: VP8X, ALPH, VP8, VP8L, ANIM and ANMF are
 * kept; ICC profiles, EXIF, XMP and any unknown chunk are left out, and the VP8X flags say so.
 */
const KEPT = new Set(['VP8X', 'ALPH', 'VP8 ', 'VP8L', 'ANIM', 'ANMF']);
const IMAGE = new Set(['VP8 ', 'VP8L', 'ANMF']);
/** VP8X flag bits of the chunks left out: ICC profile, EXIF, XMP. */
const DROPPED_FLAGS = 0x20 | 0x08 | 0x04;

const fourcc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The rebuilt file, or null when the container is not whole (a chunk runs past the end, bytes after it, no image). */
export function remuxWebp(bytes: Uint8Array): Uint8Array | null {
  if (bytes.byteLength < 20 || fourcc(bytes, 0) !== 'RIFF' || fourcc(bytes, 8) !== 'WEBP') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = 8 + view.getUint32(4, true);
  // The RIFF size must cover the file exactly (one pad byte of slack): nothing may ride along after it.
  if (end > bytes.byteLength || end < bytes.byteLength - 1) return null;
  const kept: Uint8Array[] = [];
  let hasImage = false;
  for (let at = 12; at < end;) {
    if (at + 8 > end) return null;
    const name = fourcc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const next = at + 8 + size + (size % 2);
    if (next > end + 1) return null;
    if (KEPT.has(name)) {
      const chunk = bytes.slice(at, Math.min(next, end));
      if (name === 'VP8X' && chunk.byteLength > 8) chunk[8]! &= ~DROPPED_FLAGS;
      kept.push(chunk);
      hasImage ||= IMAGE.has(name);
    }
    at = next;
  }
  if (!hasImage) return null;
  const body = kept.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(12 + body);
  out.set(bytes.subarray(0, 12));
  new DataView(out.buffer).setUint32(4, 4 + body, true);
  let at = 12;
  for (const chunk of kept) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
