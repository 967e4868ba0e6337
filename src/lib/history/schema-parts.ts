/** The zod pieces every history schema is built from: a field's message, a strict record, a distinct list. */
import * as z from 'zod';

type ErrorFn = (issue: { input?: unknown }) => string;

/** The message for a field: "is required" when the key is missing, else `text`. */
export function say(text: string): { error: ErrorFn } {
  return { error: (issue) => (issue.input === undefined ? 'is required' : text) };
}

function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** A strict object whose own problems (missing, not an object, unknown keys) read well. */
export function record<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.slice(0, 5).map(quoteKey).join(', ');
        const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
        return `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${keys}${more}`;
      }
      return issue.input === undefined ? 'is required' : what;
    },
  });
}

/** A list of distinct values from a const array. */
export function distinctList<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const oneOf = `must be one of: ${values.join(', ')}`;
  return z
    .array(z.enum(values, say(oneOf)), say(`must be a list of ${noun}s`))
    .refine((list) => new Set(list).size === list.length, say(`must not list the same ${noun} twice`));
}
