import ElectronStore from 'electron-store';
import type { OpenBackend } from './stores';

/** Store files through electron-store, in the data directory. */
export function electronStoreBackend(dataDir: string): OpenBackend {
  return (name) => new ElectronStore({ name, cwd: dataDir, clearInvalidConfig: false });
}
