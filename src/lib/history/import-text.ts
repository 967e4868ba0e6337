/**
 * Cheap checks on an import file's text before JSON.parse sees it: its UTF-8 size and its nesting
 * depth, each a linear scan that stops as soon as the answer is known.
 */

/** True when text takes more than `limit` bytes as UTF-8 (a lone surrogate counts 3, as its replacement character does); stops early. */
export function utf8BytesOver(text: string, limit: number): boolean {
  // Every UTF-16 code unit is at least one UTF-8 byte and at most three.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1); // NaN past the end: a lone surrogate, as it should be
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** True when arrays and objects nest deeper than `limit` anywhere in JSON text (a linear scan, strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
