#!/usr/bin/env node
// Runs @doyensec/electronegativity over the sources and the build, and fails on any finding that
// is not reviewed in security/electronegativity-reviewed.json (the tool itself always exits 0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const electronVersion = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'findings.csv');
const run = spawnSync('npx', ['electronegativity', '-i', '.', '-e', electronVersion, '-o', csv], { encoding: 'utf8' });
if (!fs.existsSync(csv)) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity wrote no report');
  process.exit(1);
}

const reviewed = JSON.parse(fs.readFileSync('security/electronegativity-reviewed.json', 'utf8')).reviewed;
const isReviewed = (check, file) => reviewed.some((r) => r.check === check && r.files.includes(file));

/** RFC 4180 rows: quoted cells may hold commas, quotes and newlines (a finding's code sample can). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

const rows = parseCsv(fs.readFileSync(csv, 'utf8')).slice(1).filter((row) => row.some((cell) => cell.trim() !== ''));
const malformed = rows.filter((row) => row.length < 5);
if (malformed.length > 0) {
  console.error(`electronegativity wrote rows this script cannot read: ${JSON.stringify(malformed).slice(0, 500)}`);
  process.exit(1);
}
const findings = rows.map(([check, severity, , file, location]) => ({ check, severity, file: path.relative(root, file), location }));
// Test code may build hidden windows and such freely; it never ships.
const shipped = findings.filter((f) => !f.file.startsWith('tests/') && !f.file.startsWith('bench/'));
const unreviewed = shipped.filter((f) => !isReviewed(f.check, f.file));

console.log(`electronegativity (Electron ${electronVersion}): ${shipped.length} findings in shipped code, ${shipped.length - unreviewed.length} reviewed, ${unreviewed.length} not reviewed`);
for (const f of unreviewed) console.log(`  NOT REVIEWED: ${f.check} (${f.severity}) ${f.file}:${f.location}`);
process.exit(unreviewed.length > 0 ? 1 : 0);
