/** The size and depth checks an import file passes before JSON.parse, with small limits so every branch runs fast. */
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, utf8BytesOver } from '../../../../src/lib/history/import-text';

// The platform's own UTF-8 encoder is the reference: it writes a lone surrogate as U+FFFD, 3 bytes.
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('utf8BytesOver', () => {
  const samples = {
    ascii: 'run 10 km',
    'two-byte letters': 'étésøå',
    'three-byte signs': '€ 5 km → 3 °C',
    'emoji (surrogate pairs)': 'good 👍🏃‍♀️ day',
    'a lone high surrogate at the end': 'pain\uD83D',
    'a lone high surrogate before a letter': '\uD83Dx\uD83D\uD83D',
    'a lone low surrogate': 'a\uDC00b',
    mixed: 'x é € 😀 \uD800',
  };
  for (const [name, text] of Object.entries(samples)) {
    it(`agrees with the platform's UTF-8 length at every limit: ${name}`, () => {
      const bytes = utf8Length(text);
      for (let limit = 0; limit <= bytes + 2; limit++) {
        expect(utf8BytesOver(text, limit), `limit ${limit}, ${bytes} bytes`).toBe(bytes > limit);
      }
    });
  }
  it('is exactly at the limit when the bytes equal it', () => {
    expect(utf8BytesOver('é'.repeat(10), 20)).toBe(false);
    expect(utf8BytesOver('é'.repeat(10), 19)).toBe(true);
    expect(utf8BytesOver('😀'.repeat(5), 20)).toBe(false);
    expect(utf8BytesOver('😀'.repeat(5), 19)).toBe(true);
  });
  it('takes the empty text as zero bytes', () => {
    expect(utf8BytesOver('', 0)).toBe(false);
  });
});

describe('nestsDeeperThan', () => {
  it('allows nesting exactly at the limit and refuses one level more, for lists and objects', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":{}}}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
  });
  it('counts depth, not brackets: siblings that close do not add up', () => {
    expect(nestsDeeperThan('[[],[],[],[],[]]', 2)).toBe(false);
    expect(nestsDeeperThan('[{},{},{},{}]', 2)).toBe(false);
    expect(nestsDeeperThan('[[1],{"a":2},[3]]', 1)).toBe(true);
    expect(nestsDeeperThan('[{}][{}][{}]', 2)).toBe(false);
  });
  it('reads brackets inside strings as text, including after an escaped quote or backslash', () => {
    expect(nestsDeeperThan('["[[[[[[", "{{{{{"]', 1)).toBe(false);
    expect(nestsDeeperThan('["say \\"[[[[[\\" twice"]', 1)).toBe(false);
    // The string ends after an escaped backslash; the brackets after it are real.
    expect(nestsDeeperThan('["a\\\\", [[["b"]]]]', 2)).toBe(true);
    expect(nestsDeeperThan('{"k":"}}}}]]]]", "l":[[[]]]}', 3)).toBe(true);
  });
  it('finds no depth in text without brackets', () => {
    expect(nestsDeeperThan('"just text"', 0)).toBe(false);
    expect(nestsDeeperThan('', 0)).toBe(false);
    expect(nestsDeeperThan('[]', 0)).toBe(true);
  });
});
