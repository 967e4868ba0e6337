import ElectronStore from 'electron-store';
import type { OpenBackend } from './stores';

/** Store files through electron-store, in the data directory. */
export function electronStoreBackend(dataDir: string): OpenBackend {
  return (name, options = {}) =>
    new ElectronStore({
      name,
      cwd: dataDir,
      clearInvalidConfig: false,
      ...(options.compact ? { serialize: (value: unknown) => JSON.stringify(value) } : {}),
    });
}
