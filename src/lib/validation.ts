/** Shared helpers to turn validation failures into one clear sentence. */
import type { z } from 'zod';

/** "cues.toneVolume: Volume is from 0 to 1." — the first few problems, joined. */
export function describeZodError(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}

/** Keys that must never reach an object merge (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True if any own key anywhere in a JSON-like value is a prototype-pollution key, or nesting is
 * deeper than maxDepth. Checked before schema parsing so hostile payloads are refused outright.
 */
export function hasHostileShape(value: unknown, maxDepth = 32): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return false;
}
