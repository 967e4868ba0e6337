/**
 * Store files through `conf`, the library electron-store is built on (electron-store only adds the
 * Electron default folder), with the app's checked writes. Same file format — usable outside Electron.
 * A test may pass a faulty file system to inject write failures.
 */
import Conf from 'conf';
import { withCheckedWrites } from '../../electron/main/store/checked-conf';
import type { WriteFs } from '../../electron/main/store/checked-write';
import type { OpenBackend } from '../../electron/main/store/stores';
import { deserializeStore } from '../../electron/main/store/store-format';

export function confBackend(dataDir: string, fs?: WriteFs): OpenBackend {
  const CheckedConf = withCheckedWrites(Conf, fs);
  return (name, options = {}) =>
    new CheckedConf({
      configName: name,
      cwd: dataDir,
      clearInvalidConfig: false,
      deserialize: deserializeStore,
      ...(options.compact ? { serialize: (value: unknown) => JSON.stringify(value) } : {}),
    });
}
