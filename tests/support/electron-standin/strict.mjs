// Loud failure for anything the stand-in does not provide, and argument checks shaped like Electron's.

/** Wraps an API object so reading or writing a member it lacks throws, naming what to add. */
export function strict(name, target) {
  return new Proxy(target, {
    get(t, key, receiver) {
      // Symbols, `then` and `toJSON` are asked by Node itself (inspection, await, JSON); they are not app calls.
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON' || key in t) return Reflect.get(t, key, receiver);
      throw new Error(`electron stand-in: ${name}.${key} is not provided. The app now uses it: add it to tests/support/electron-standin.`);
    },
    set(t, key, value, receiver) {
      if (typeof key !== 'symbol' && !(key in t))
        throw new Error(`electron stand-in: ${name}.${key} cannot be set: it is not part of the stand-in.`);
      return Reflect.set(t, key, value, receiver);
    },
  });
}

const TYPE_CHECKS = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  function: (v) => typeof v === 'function',
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  any: () => true,
};

/** Throws a TypeError like Electron's "Error processing argument" for a value of the wrong type. */
export function checkType(api, what, value, type) {
  const check = typeof type === 'function' ? type : TYPE_CHECKS[type];
  if (!check(value))
    throw new TypeError(
      `${api}: Error processing argument ${what}: expected ${typeof type === 'function' ? 'a valid value' : type}, got ${describe(value)}`,
    );
}

/** Checks an options object against {key: type}; a key the shape does not list is rejected (usually a typo). */
export function checkShape(api, value, shape, what = 'options') {
  checkType(api, what, value, 'object');
  for (const [key, v] of Object.entries(value)) {
    if (!(key in shape)) throw new TypeError(`${api}: ${what}.${key} is not an option this API has (a typo?)`);
    if (v !== undefined) checkType(api, `${what}.${key}`, v, shape[key]);
  }
}

export function oneOf(...values) {
  return (v) => values.includes(v);
}

export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** The event object Electron passes to preventable events. */
export function preventable(extra = {}) {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
