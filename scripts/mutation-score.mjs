#!/usr/bin/env node
// After `stryker run`: the mutation score of src/lib and of electron/main/store, from Stryker's JSON
// report, with every surviving mutant listed by place, so each can be killed or explained.
import fs from 'node:fs';

const DIR = 'reports/mutation';
const GOAL = 80;
const AREAS = ['src/lib/', 'electron/main/store/'];

// One report per area (scripts/mutate.mjs); a file found in several keeps the newest report's result.
const reports = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ mtime: fs.statSync(`${DIR}/${f}`).mtimeMs, report: JSON.parse(fs.readFileSync(`${DIR}/${f}`, 'utf8')) }))
  .sort((a, b) => a.mtime - b.mtime);
const report = { files: Object.assign({}, ...reports.map((r) => r.report.files)) };
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

let failedGoal = false;
for (const area of AREAS) {
  let caught = 0;
  let missed = 0;
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.replaceAll('\\', '/').includes(area)) continue;
    for (const m of mutants) {
      if (detected.has(m.status)) caught += 1;
      else if (undetected.has(m.status)) {
        missed += 1;
        survivors.push(
          `  ${m.status.padEnd(10)} ${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`,
        );
      }
    }
  }
  if (caught + missed === 0) {
    // No report covers this area yet (npm run mutate -- store): say so, not "0%".
    console.log(`\n${area}: not measured (no mutation report covers it)`);
    if (area === 'src/lib/') failedGoal = true;
    continue;
  }
  const score = (100 * caught) / (caught + missed);
  const meets = score >= GOAL;
  if (area === 'src/lib/' && !meets) failedGoal = true;
  console.log(
    `\n${area}: mutation score ${score.toFixed(1)}% (${caught} of ${caught + missed} mutants caught; goal ≥ ${GOAL}%) ${meets ? 'ok' : 'BELOW GOAL'}`,
  );
  if (process.argv.includes('--survivors')) console.log(survivors.join('\n'));
  else console.log(`  ${survivors.length} survivors (list them with: node scripts/mutation-score.mjs --survivors)`);
}
process.exit(failedGoal ? 1 : 0);
