/** How a store file's text becomes a document: JSON, an object at the top, a byte-order mark allowed. */

/** Thrown for a store file that is valid JSON but not shaped like any Backstride store (a list, a number, …). */
export class WrongShapeError extends Error {}

/** The `deserialize` given to electron-store / conf for every store file. */
export function deserializeStore(text: string): Record<string, unknown> {
  // Some editors save UTF-8 with a byte-order mark; JSON.parse would call that damage.
  const doc: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new WrongShapeError(
      `it holds ${Array.isArray(doc) ? 'a bare list' : doc === null ? 'null' : `a ${typeof doc}`} instead of Backstride's data`,
    );
  }
  return doc as Record<string, unknown>;
}

/** A document read from an existing file must say which format it is; one that does not is not ours. */
export function assertVersioned(raw: Record<string, unknown>): void {
  const keys = Object.keys(raw).filter((key) => key !== '__internal__');
  if (keys.length > 0 && !(typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) && raw.schemaVersion >= 1)) {
    throw new WrongShapeError('it has no Backstride format version, so it is not one of its files');
  }
}
