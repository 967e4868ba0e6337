// The packaged app as a user gets it: what electron-builder puts in app.asar, read back with @electron/asar.
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';
import { packApp, ROOT, type PackedApp } from './pack';

// A fuse's byte in the wire: '1' on, '0' off (@electron/fuses' FuseState, not exported by its index).
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

/**
 * Our own choice: app.asar was about 2.5 MB, and is about 3.4 MB since the run-file readers came in
 * (@garmin/fitsdk, whose FIT profile alone is 1 MB, and fast-xml-parser); 4 MB leaves room without
 * letting a stray package in.
 */
const ASAR_BUDGET_BYTES = 4 * 1024 * 1024;

type PackageJson = {
  main?: string;
  type?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

let packed: PackedApp;
let files: Set<string>;
const read = (file: string) => extractFile(packed.asarPath, file.slice(1)).toString('utf8');
const readJson = <T>(file: string) => JSON.parse(read(file)) as T;
const has = (file: string) => files.has(file);
const hasDir = (dir: string) => [...files].some((f) => f.startsWith(`${dir}/`));
const inAsar = (from: string, relative: string) => path.posix.resolve(from, relative);
const projectPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

beforeAll(async () => {
  packed = await packApp();
  files = new Set(listPackage(packed.asarPath, { isPack: false }).map((f) => f.split(path.sep).join('/')));
});
afterAll(() => packed?.cleanup());

/** Bare module names the built main process imports (ESM imports, dynamic imports, requires). */
function bareImports(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map(
    (m) => m[1]!,
  );
  return [...new Set(specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('/') && !isBuiltin(s) && s !== 'electron'))];
}

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Node's lookup: node_modules/<name> in the importing folder, then in each parent, inside the asar only. */
function resolvePackageDir(fromDir: string, name: string): string | null {
  for (let dir = fromDir; ; dir = path.posix.dirname(dir)) {
    const candidate = path.posix.join(dir, 'node_modules', name);
    if (has(`${candidate}/package.json`)) return candidate;
    if (dir === '/') return null;
  }
}

/** The file `import '<package>'` loads: the first path in exports['.'] (any condition), else main, else index.js. */
function entryFile(pkgDir: string, pkg: PackageJson): string {
  const first = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of ['.', 'node', 'import', 'default', 'require']) if (key in record) return first(record[key]);
    }
    return undefined;
  };
  return path.posix.join(pkgDir, first(pkg.exports) ?? pkg.main ?? 'index.js');
}

/** Every package a set of imports pulls in, with their own dependencies; names that cannot be found. */
function closure(fromDir: string, names: string[]): { found: Map<string, string>; missing: string[] } {
  const found = new Map<string, string>();
  const missing: string[] = [];
  const visit = (from: string, name: string, optional: boolean) => {
    const dir = resolvePackageDir(from, name);
    if (!dir) {
      if (!optional) missing.push(`${name} (needed from ${from})`);
      return;
    }
    if (found.has(dir)) return;
    const pkg = readJson<PackageJson>(`${dir}/package.json`);
    found.set(dir, entryFile(dir, pkg));
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dir, dep, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dir, dep, true);
  };
  for (const name of names) visit(fromDir, name, false);
  return { found, missing };
}

// Quotes of any kind: the minifier writes a lazy chunk's import as import(`./Chunk-hash.js`).
const JS_REFERENCE =
  /new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)|(?:\bfrom\s*|\bimport\s*\(\s*)["'`](\.\.?\/[^"'`]+)["'`]/g;
// Vite's preload list of a lazy chunk's dependencies (its CSS too): `const __vite__mapDeps=(…m.f=["./a.js","./a.css"])`.
const VITE_PRELOAD_LIST = /__vite__mapDeps=[^[]*\[([^\]]*)\]/g;
const QUOTED_RELATIVE = /["'`](\.\.?\/[^"'`]+)["'`]/g;
/** Every relative path a JS bundle names: imports, `new URL`s, and Vite's preload list. */
function jsReferences(code: string): string[] {
  const direct = [...code.matchAll(JS_REFERENCE)].map((m) => (m[1] ?? m[2])!);
  const preloaded = [...code.matchAll(VITE_PRELOAD_LIST)].flatMap((list) => [...list[1]!.matchAll(QUOTED_RELATIVE)].map((m) => m[1]!));
  return [...direct, ...preloaded];
}
const CSS_URL = /\burl\(\s*["']?([^"')]+)["']?\s*\)/g;
// An unminified bundle keeps JSDoc such as `@import { X } from './types'`: not a load.
const withoutBlockComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '');

describe('packaged app (electron-builder --dir, app.asar)', () => {
  it('holds only the built app, its window icon, package.json and runtime packages', () => {
    const topLevel = new Set([...files].map((f) => `/${f.split('/')[1]}`));
    expect([...topLevel].sort()).toEqual(['/node_modules', '/out', '/package.json', '/resources']);
    expect([...files].filter((f) => f.startsWith('/resources/') && !hasDir(f))).toEqual(['/resources/icons/256x256.png']);
  });

  it("package.json's main is the built main process, as an ES module", () => {
    const pkg = readJson<PackageJson>('/package.json');
    expect(pkg.type).toBe('module');
    expect(has(`/${pkg.main}`), `main entry /${pkg.main}`).toBe(true);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('every path main builds from its own folder (preload, renderer, window icon) exists inside the asar', () => {
    const main = read('/out/main/index.js');
    const joined = [...main.matchAll(/\bjoin\(\s*[\w$.]+\s*,\s*["'](\.\.?\/[^"']+)["']\s*\)/g)].map((m) => inAsar('/out/main', m[1]!));
    const preload = joined.filter((p) => p.startsWith('/out/preload/'));
    const renderer = joined.filter((p) => p === '/out/renderer');
    expect(preload, 'main names a preload script').toHaveLength(1);
    expect(renderer, 'main names the renderer folder').toHaveLength(1);
    for (const target of joined) expect(has(target) || hasDir(target), `${target} (from out/main)`).toBe(true);
    expect(preload[0]).toMatch(/\.cjs$/);
    expect(has('/out/renderer/index.html')).toBe(true);
    expect(
      joined.some((p) => p.endsWith('.png') && has(p)),
      'the window icon',
    ).toBe(true);
  });

  it('the preload requires nothing but electron (it runs sandboxed)', () => {
    const preload = read('/out/preload/index.cjs');
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it("index.html's scripts and styles, and every asset the renderer bundle names, are inside the asar", () => {
    const html = read('/out/renderer/index.html');
    const linked = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !/^[a-z]+:/i.test(u));
    expect(linked.some((u) => u.endsWith('.js'))).toBe(true);
    for (const url of linked) expect(has(inAsar('/out/renderer', url)), `${url} (from index.html)`).toBe(true);

    // Inside the bundles: `new URL('x.svg', import.meta.url)`, relative imports of chunks, CSS url(...).
    const bundles = [...files].filter((f) => /^\/out\/renderer\/.+\.(js|css)$/.test(f));
    const references = bundles.flatMap((bundle) =>
      (bundle.endsWith('.css')
        ? [...withoutBlockComments(read(bundle)).matchAll(CSS_URL)].map((m) => m[1]!)
        : jsReferences(withoutBlockComments(read(bundle)))
      )
        .filter((u) => !/^[a-z]+:/i.test(u) && !u.startsWith('#'))
        .map((u) => ({ bundle, target: inAsar(path.posix.dirname(bundle), u.split(/[?#]/)[0]!) })),
    );
    for (const { bundle, target } of references) expect(has(target), `${target} (from ${bundle})`).toBe(true);
    // Every other file the build wrote (a lazy chunk, an image) is found through a bundle; so the search above works.
    const entry = new Set(linked.map((u) => inAsar('/out/renderer', u)));
    const reached = new Set(references.map((r) => r.target));
    const others = [...files].filter((f) => f.startsWith('/out/renderer/assets/') && !entry.has(f));
    for (const file of others) expect(reached.has(file), `${file} is named by no bundle`).toBe(true);
  });

  it('every package out/main imports resolves inside the asar, with its own dependencies', () => {
    const mainFiles = [...files].filter((f) => /^\/out\/main\/.+\.(m?js|cjs)$/.test(f));
    const imports = [...new Set(mainFiles.flatMap((f) => bareImports(read(f)).map(packageName)))];
    expect(imports).toContain('electron-store');
    const { found, missing } = closure('/out/main', imports);
    expect(missing, 'not packaged: add them to dependencies in package.json').toEqual([]);
    for (const name of imports) {
      const dir = resolvePackageDir('/out/main', name)!;
      expect(has(found.get(dir)!), `${name}'s entry file ${found.get(dir)}`).toBe(true);
    }
  });

  it('holds no development package and no package beyond what dependencies pull in', () => {
    // A scope's folder (/node_modules/@garmin) holds packages; it is not one itself.
    const packaged = new Set(
      [...files]
        .map((f) => f.match(/^(\/node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1])
        .filter((dir): dir is string => dir !== undefined && !/^\/node_modules\/@[^/]+$/.test(dir)),
    );
    const { found } = closure('/', Object.keys(projectPackage.dependencies ?? {}));
    const nested = [...found.keys()].filter((dir) => dir.split('/node_modules/').length === 2);
    // A development package may ship only as a runtime package's own dependency (conf, under electron-store).
    for (const dev of Object.keys(projectPackage.devDependencies ?? {})) {
      if (!found.has(`/node_modules/${dev}`)) expect(packaged.has(`/node_modules/${dev}`), dev).toBe(false);
    }
    expect([...packaged].sort()).toEqual(nested.sort());
  });

  it('holds no tests, fixtures, TypeScript or Svelte sources, or source maps', () => {
    const isDeclaration = (f: string) => /\.d\.[mc]?ts$/.test(f);
    expect([...files].filter((f) => /\.(tsx?|mts|cts|svelte|map)$/.test(f) && !isDeclaration(f))).toEqual([]);
    expect([...files].filter((f) => /\/(tests?|__tests__|fixtures?|spec)\//.test(f))).toEqual([]);
  });

  it(`stays under its size budget (${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`, () => {
    const bytes = fs.statSync(packed.asarPath).size;
    console.log(
      `app.asar: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${files.size} entries (budget ${(ASAR_BUDGET_BYTES / 1024 / 1024).toFixed(2)} MB)`,
    );
    expect(bytes).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it("the packaged Electron binary's fuses are set as SECURITY.md lists", async () => {
    const wire = await getCurrentFuseWire(packed.executablePath);
    const state = (fuse: FuseV1Options) => (wire as unknown as Record<number, number>)[fuse];
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspectArguments: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyLoadAppFromAsar: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });

  it('each installer target is configured with the icon files npm run icons makes', () => {
    const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      { icon?: string; target?: string[] }
    >;
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    const linuxIcons = path.join(ROOT, config.linux!.icon!);
    for (const size of [16, 32, 48, 256, 512])
      expect(fs.existsSync(path.join(linuxIcons, `${size}x${size}.png`)), `${size}x${size}.png`).toBe(true);
    expect(config.win!.icon).toMatch(/\.ico$/);
    expect(fs.existsSync(path.join(ROOT, config.win!.icon!))).toBe(true);
    expect(config.mac!.icon).toMatch(/\.icns$/);
    expect(fs.existsSync(path.join(ROOT, config.mac!.icon!))).toBe(true);
  });
});
