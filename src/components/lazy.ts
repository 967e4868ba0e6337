/** Screens loaded on first use: each module is fetched once, then rendered straight away. */
import type { Component } from 'svelte';

export interface ScreenLoader<P extends Record<string, unknown>> {
  /** The component once its module has loaded (undefined before). */
  readonly loaded: Component<P> | undefined;
  load(): Promise<Component<P>>;
}

export function lazyScreen<P extends Record<string, unknown>>(importer: () => Promise<{ default: Component<P> }>): ScreenLoader<P> {
  let promise: Promise<Component<P>> | null = null;
  const loader = {
    loaded: undefined as Component<P> | undefined,
    load() {
      promise ??= importer().then((module) => (loader.loaded = module.default));
      // A failed load may be tried again on the next visit.
      promise.catch(() => (promise = null));
      return promise;
    },
  };
  return loader;
}

/**
 * Fetches a screen's code once the window is idle (Home painted, nothing else to do), so that its
 * first open does not wait for the download. Returns a function that cancels it if not yet started.
 */
export function prefetchWhenIdle<P extends Record<string, unknown>>(loader: ScreenLoader<P>): () => void {
  // A failed prefetch is not shown: the screen's first open tries again and reports it.
  const start = () => void loader.load().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(start, 200);
  return () => clearTimeout(handle);
}
