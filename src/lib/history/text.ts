/**
 * Free text the runner typed (notes, cross-training kind, routine names), made safe to show,
 * export and print: no NUL or other control characters (tab and line breaks stay), no lone
 * surrogate halves, and no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069),
 * which can make text read differently from what it holds.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '');
}
