// Every call the app makes on the stand-in, in order, as plain data the tests can read.
export const calls = [];

export function record(api, ...args) {
  calls.push({ api, args: plain(args) });
}

export function plain(value) {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => {
      if (typeof v === 'function') return '[function]';
      if (v instanceof Uint8Array) return `[${v.byteLength} bytes]`;
      if (v && typeof v === 'object' && 'standinLabel' in v) return v.standinLabel;
      return v;
    }) ?? 'null',
  );
}
