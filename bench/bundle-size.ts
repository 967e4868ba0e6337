/** The renderer's JavaScript as a runner downloads it: what Home's first paint loaded, and all of it (gzipped). */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  homeKb: number;
  homeFiles: number;
  allKb: number;
  allFiles: number;
}

const gzKb = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/** `loadedForHome`: the script file names the page had fetched when Home became visible. */
export function bundleSizes(rendererOut: string, loadedForHome: string[]): BundleSizes {
  const assets = path.join(rendererOut, 'assets');
  const all = fs.readdirSync(assets).filter((name) => name.endsWith('.js'));
  const home = [...new Set(loadedForHome)].filter((name) => all.includes(name));
  if (home.length === 0) throw new Error(`none of the scripts Home loaded is in ${assets}: ${loadedForHome.join(', ')}`);
  return {
    homeKb: home.reduce((sum, name) => sum + gzKb(path.join(assets, name)), 0),
    homeFiles: home.length,
    allKb: all.reduce((sum, name) => sum + gzKb(path.join(assets, name)), 0),
    allFiles: all.length,
  };
}
