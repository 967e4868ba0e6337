/**
 * Store files through `conf`, the library electron-store is built on (electron-store only adds the
 * Electron default folder). Same file format, same atomic writes — usable outside Electron.
 */
import Conf from 'conf';
import type { OpenBackend } from '../../electron/main/store/stores';

export function confBackend(dataDir: string): OpenBackend {
  return (name, options = {}) =>
    new Conf({
      configName: name,
      cwd: dataDir,
      clearInvalidConfig: false,
      ...(options.compact ? { serialize: (value: unknown) => JSON.stringify(value) } : {}),
    });
}
