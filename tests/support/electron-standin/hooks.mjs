// Module resolve hook (runs on Node's loader thread): the bare specifier `electron` is the stand-in.
const STANDIN = new URL('./index.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STANDIN, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
}
