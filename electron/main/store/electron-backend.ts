import ElectronStore from 'electron-store';
import { withCheckedWrites } from './checked-conf';
import type { OpenBackend } from './stores';
import { deserializeStore } from './store-format';

const CheckedStore = withCheckedWrites(ElectronStore);

/** Store files through electron-store (with checked writes), in the data directory. */
export function electronStoreBackend(dataDir: string): OpenBackend {
  return (name, options = {}) =>
    new CheckedStore({
      name,
      cwd: dataDir,
      clearInvalidConfig: false,
      deserialize: deserializeStore,
      ...(options.compact ? { serialize: (value: unknown) => JSON.stringify(value) } : {}),
    });
}
