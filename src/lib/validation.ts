/** Shared helpers for validation failures and hostile input. */
import type { z } from 'zod';
import type { IpcIssue } from './ipc/contract';

/** At most this many issues cross IPC: a hostile argument could otherwise make thousands. */
export const MAX_ISSUES = 20;

/** A failed parse as IPC issues: each path dotted (list positions kept), each message as the schema words it. */
export function issuesFromZod(error: { issues: readonly z.core.$ZodIssue[] }): IpcIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
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
