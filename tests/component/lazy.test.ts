// A screen's code fetched ahead of its first open: once the window is idle, once only, and not at all if Home is left first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen, prefetchWhenIdle } from '../../src/components/lazy';

afterEach(() => vi.useRealTimers());

function screenModule() {
  const importer = vi.fn(() => Promise.resolve({ default: (() => undefined) as never }));
  return { importer, loader: lazyScreen(importer) };
}

describe('prefetchWhenIdle', () => {
  it('fetches the code once the window is idle, and the first open reuses it', async () => {
    vi.useFakeTimers();
    const { importer, loader } = screenModule();
    prefetchWhenIdle(loader);
    expect(importer).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(loader.loaded).toBeDefined();
    await loader.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing when cancelled before the window is idle (Home left at once)', async () => {
    vi.useFakeTimers();
    const { importer, loader } = screenModule();
    prefetchWhenIdle(loader)();
    await vi.runAllTimersAsync();
    expect(importer).not.toHaveBeenCalled();
  });

  it('keeps a failed fetch quiet, and the first open tries again', async () => {
    vi.useFakeTimers();
    const importer = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: () => undefined });
    const loader = lazyScreen(importer);
    prefetchWhenIdle(loader);
    await vi.runAllTimersAsync();
    expect(importer).toHaveBeenCalledTimes(1);
    await expect(loader.load()).resolves.toBeDefined();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
