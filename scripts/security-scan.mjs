#!/usr/bin/env node
// Runs @doyensec/electronegativity over the sources and the build, and fails on any finding that
// is not reviewed in security/electronegativity-reviewed.json (the tool itself always exits 0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const electronVersion = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
// SARIF is JSON: its CSV report does not escape quotes inside code samples, so rows could not be parsed reliably.
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'findings.sarif');
const run = spawnSync('npx', ['electronegativity', '-i', '.', '-e', electronVersion, '-o', report], { encoding: 'utf8' });
if (!fs.existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity wrote no report');
  process.exit(1);
}

const reviewed = JSON.parse(fs.readFileSync('security/electronegativity-reviewed.json', 'utf8')).reviewed;
const isReviewed = (check, file) => reviewed.some((r) => r.check === check && r.files.includes(file));

const results = JSON.parse(fs.readFileSync(report, 'utf8')).runs?.[0]?.results;
if (!Array.isArray(results)) {
  console.error('electronegativity wrote a report without results');
  process.exit(1);
}
const findings = results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  const file = where?.artifactLocation?.uri;
  if (typeof r.ruleId !== 'string' || typeof file !== 'string') {
    console.error(`electronegativity wrote a finding this script cannot read: ${JSON.stringify(r).slice(0, 300)}`);
    process.exit(1);
  }
  return {
    check: r.ruleId,
    severity: r.level,
    file: path.relative(root, file),
    location: `${where.region?.startLine ?? '?'}:${where.region?.startColumn ?? '?'}`,
  };
});
// Test code may build hidden windows and such freely; it never ships. Stryker's sandboxes (.stryker-tmp) are copies of the tree, left by a stopped run.
const NOT_SHIPPED = ['tests/', 'bench/', '.stryker-tmp/'];
const shipped = findings.filter((f) => !NOT_SHIPPED.some((dir) => f.file.startsWith(dir)));
const unreviewed = shipped.filter((f) => !isReviewed(f.check, f.file));

console.log(
  `electronegativity (Electron ${electronVersion}): ${shipped.length} findings in shipped code, ${shipped.length - unreviewed.length} reviewed, ${unreviewed.length} not reviewed`,
);
for (const f of unreviewed) console.log(`  NOT REVIEWED: ${f.check} (${f.severity}) ${f.file}:${f.location}`);
process.exit(unreviewed.length > 0 ? 1 : 0);
