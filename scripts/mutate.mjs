#!/usr/bin/env node
// npm run mutate [area …]: StrykerJS one area at a time (see stryker.config.mjs), then the scores.
// With no area named, every area runs; naming some re-runs only those and keeps the other reports.
import { spawnSync } from 'node:child_process';

const ALL = ['history', 'guidance', 'routines', 'timer', 'run-import', 'other', 'store'];
const areas = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
for (const area of areas) {
  console.log(`\n=== mutating ${area} ===`);
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, STRYKER_AREA: area, TZ: 'Europe/Berlin' } });
  if (run.status !== 0) console.log(`Stryker stopped on ${area} (exit ${run.status}).`);
}
const score = spawnSync('node', ['scripts/mutation-score.mjs'], { stdio: 'inherit' });
process.exit(score.status ?? 1);
