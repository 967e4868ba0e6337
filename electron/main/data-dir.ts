/** Where the stores live: BACKSTRIDE_DATA_DIR when set (tests, portable use), else the OS user-data folder. */
import path from 'node:path';

export const DATA_DIR_ENV = 'BACKSTRIDE_DATA_DIR';

export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return override ? path.resolve(override) : userDataDir;
}
