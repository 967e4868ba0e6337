/** A real, small file system for disk-full tests: tmpfs, mounted where the test may (root on Linux). */
import { execFileSync } from 'node:child_process';
import { makeTempDir } from './temp-dir';

export type SmallDisk = { dir: string; unmount: () => void } | { unavailable: string };

export function mountSmallDisk(size: string): SmallDisk {
  const temp = makeTempDir('backstride-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', temp.dir], { stdio: 'pipe' });
  } catch (error) {
    temp.cleanup();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { unavailable: `mounting a ${size} tmpfs is not allowed here (${stderr || (error as Error).message})` };
  }
  return {
    dir: temp.dir,
    unmount: () => {
      execFileSync('umount', [temp.dir], { stdio: 'pipe' });
      temp.cleanup();
    },
  };
}

/** Makes a mounted small disk read-only (or writable again) in place. */
export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });
}
