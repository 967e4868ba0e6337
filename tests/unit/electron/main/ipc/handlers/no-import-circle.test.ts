/**
 * The handler modules must not import each other in a circle (issue 19): each handler once took
 * its dependency types from ./index, which imports every handler. Type-only imports count too —
 * they are how the circle crept in. Read from the source, so a new handler file is covered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HANDLERS = fileURLToPath(new URL('../../../../../../electron/main/ipc/handlers/', import.meta.url));

/** Relative module specifiers in `import … from` and `export … from` statements. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']*)'/gms)].map((m) => m[1]!);
}

/** The handler files each file imports, as file names in the handlers folder ('./index' and '.' both mean index.ts). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(HANDLERS).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(path.join(HANDLERS, file), 'utf8'))
      .map((spec) => path.relative(HANDLERS, path.resolve(HANDLERS, spec)))
      .map((rel) => (rel === '' ? 'index' : rel))
      .map((rel) => `${rel.replace(/\.(js|ts)$/, '')}.ts`)
      .filter((target) => files.includes(target));
    graph.set(file, targets);
  }
  return graph;
}

/** The first circle found, as a path of file names ending where it started; null when there is none. */
function findCircle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (file: string, trail: string[]): string[] | null => {
    const at = trail.indexOf(file);
    if (at >= 0) return [...trail.slice(at), file];
    if (done.has(file)) return null;
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next, [...trail, file]);
      if (circle) return circle;
    }
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const circle = visit(file, []);
    if (circle) return circle;
  }
  return null;
}

describe('electron/main/ipc/handlers imports', () => {
  it('reads the imports it checks (index imports the session handlers)', () => {
    expect(importGraph().get('index.ts')).toContain('sessions.ts');
  });

  it('finds a circle when one is there', () => {
    const graph = new Map([
      ['index.ts', ['sessions.ts']],
      ['sessions.ts', ['deps.ts', 'index.ts']],
      ['deps.ts', []],
    ]);
    expect(findCircle(graph)).toEqual(['index.ts', 'sessions.ts', 'index.ts']);
  });

  it('has no import circle', () => {
    expect(findCircle(importGraph())).toBeNull();
  });

  it('no handler file imports ./index', () => {
    const importers = [...importGraph()].filter(([, targets]) => targets.includes('index.ts')).map(([file]) => file);
    expect(importers).toEqual([]);
  });
});
