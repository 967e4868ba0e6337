#!/usr/bin/env node
// Line coverage of electron/main from the whole suite: vitest's (coverage-v8, istanbul JSON) merged
// with the V8 coverage the built main process wrote under the e2e 'main' project (NODE_V8_COVERAGE,
// mapped back to the .ts files by v8-to-istanbul through out/main/index.js.map). Prints one line per
// file and fails when a file of the desktop shell is under 90% of lines.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import libCoverage from 'istanbul-lib-coverage';
import v8toIstanbul from 'v8-to-istanbul';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITEST_JSON = path.join(ROOT, 'test-results/coverage/vitest/coverage-final.json');
const MAIN_V8 = path.join(ROOT, 'test-results/coverage/main-v8');
const BUNDLE = path.join(ROOT, 'out/main/index.js');
const BUNDLE_URL = pathToFileURL(BUNDLE).href;
const THRESHOLD = 90;
/** The desktop shell: reachable only by running the built main process (issue 12). */
const REQUIRED = [
  'index.ts',
  'window.ts',
  'menu.ts',
  'platform.ts',
  'security/harden.ts',
  'security/serve-renderer.ts',
  'store/electron-backend.ts',
];

const map = libCoverage.createCoverageMap({});
const sources = [];

if (fs.existsSync(VITEST_JSON)) {
  map.merge(JSON.parse(fs.readFileSync(VITEST_JSON, 'utf8')));
  sources.push('vitest');
}

if (fs.existsSync(MAIN_V8) && fs.existsSync(BUNDLE)) {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const sourcemap = JSON.parse(fs.readFileSync(`${BUNDLE}.map`, 'utf8'));
  let processes = 0;
  for (const name of fs.readdirSync(MAIN_V8).filter((n) => n.endsWith('.json'))) {
    const raw = JSON.parse(fs.readFileSync(path.join(MAIN_V8, name), 'utf8'));
    const script = raw.result.find((s) => s.url === BUNDLE_URL);
    if (!script) continue;
    // One converter per process: v8-to-istanbul sets (not adds) counts, so processes are summed as istanbul maps.
    const converter = v8toIstanbul(BUNDLE, 0, { source, sourceMap: { sourcemap } });
    await converter.load();
    converter.applyCoverage(script.functions);
    map.merge(converter.toIstanbul());
    processes++;
  }
  if (processes > 0) sources.push(`${processes} main-process runs`);
}

const mainDir = path.join(ROOT, 'electron/main') + path.sep;
const rows = map
  .files()
  .filter((file) => file.startsWith(mainDir))
  .map((file) => ({ file: file.slice(mainDir.length).split(path.sep).join('/'), lines: map.fileCoverageFor(file).toSummary().lines }))
  .sort((a, b) => a.file.localeCompare(b.file));

console.log(`Line coverage of electron/main (from ${sources.join(' + ') || 'nothing'}):`);
for (const { file, lines } of rows) {
  const mark = REQUIRED.includes(file) ? (lines.pct >= THRESHOLD ? ' ok' : ' BELOW 90%') : '';
  console.log(
    `  ${lines.pct.toFixed(1).padStart(5)}%  ${String(lines.covered).padStart(4)}/${String(lines.total).padEnd(4)} ${file}${mark}`,
  );
}
const total = rows.reduce((sum, r) => ({ covered: sum.covered + r.lines.covered, total: sum.total + r.lines.total }), {
  covered: 0,
  total: 0,
});
console.log(
  `  ${((100 * total.covered) / Math.max(total.total, 1)).toFixed(1).padStart(5)}%  ${total.covered}/${total.total} all of electron/main`,
);

const short = REQUIRED.filter((file) => {
  const row = rows.find((r) => r.file === file);
  return !row || row.lines.pct < THRESHOLD;
});
if (short.length > 0) {
  console.log(`Under ${THRESHOLD}% of lines (or never run): ${short.join(', ')}`);
  process.exit(1);
}
