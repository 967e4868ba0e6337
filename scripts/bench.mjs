#!/usr/bin/env node
// `npm run bench`: speed and size figures, printed. Not part of `npm test` (timings are not tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const only = process.argv.slice(2);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (n) => `${n.toFixed(2)} ms`;

async function bundleForBrowser(entry) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstride-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, lib: { entry, formats: ['iife'], name: 'bench', fileName: () => 'bench.js' } },
  });
  return fs.readFileSync(path.join(outDir, 'bench.js'), 'utf8');
}

async function timerBench() {
  const steps = 300;
  const stepMs = 100;
  const runs = 3;
  console.log(`\n## Timer: ${steps} steps of ${stepMs} ms in Chromium, real clock (${runs} runs, medians)`);
  const code = await bundleForBrowser('bench/timer-page.ts');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const results = [];
    // The engine and plain scheduling alternate in each run, so a noisy moment falls on both; naive once (it only shows the pile-up).
    for (let i = 0; i < runs; i++)
      results.push(await page.evaluate(([s, m, n]) => globalThis.runTimerBench(s, m, n), [steps, stepMs, i === 0]));
    const sortedOf = (xs) => [...xs].sort((a, b) => a - b);
    const mid = (xs) => sortedOf(xs)[Math.floor(xs.length / 2)];
    const figures = (lateness) => {
      const sorted = sortedOf(lateness);
      return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) };
    };
    const engine = results.map((r) => figures(r.lateness));
    const plain = results.map((r) => figures(r.plainLateness));
    const summary = (f) => `${ms(mid(f.map((x) => x.median)))} / ${ms(mid(f.map((x) => x.p99)))} / ${ms(mid(f.map((x) => x.max)))}`;
    const p99 = mid(engine.map((x) => x.p99));
    const drift = mid(results.map((r) => Math.abs(r.scheduleDriftMs)));
    console.log(`transitions measured:        ${results.map((r) => r.lateness.length).join(', ')}`);
    console.log(
      `p99 of each run:             ${engine.map((x) => ms(x.p99)).join(', ')}  (plain: ${plain.map((x) => ms(x.p99)).join(', ')})`,
    );
    console.log(`lateness median / p99 / max: ${summary(engine)}  (goal p99 <= 2 ms)`);
    console.log(`  plain absolute setTimeout: ${summary(plain)}  (same page, same runs: the browser's floor)`);
    console.log(`cumulative drift (schedule): ${ms(drift)}  (goal < 1 ms over ${steps} steps)`);
    console.log(`end fired late by:           ${ms(mid(results.map((r) => r.endLatenessMs)))}`);
    console.log(`naive chained setTimeout:    ${ms(results[0].naiveDriftMs)} behind after ${steps} steps`);
    const pass = p99 <= 2 && drift < 1;
    console.log(`timer goals: ${pass ? 'met' : 'NOT met'}`);
    return pass;
  } finally {
    await browser.close();
  }
}

/** Node-side benches import the app's TypeScript: bundled inside the project so packages resolve. */
async function bundleForNode(entry, name) {
  const outDir = path.resolve('node_modules/.cache/backstride-bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: entry, outDir, emptyOutDir: false, rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } } },
  });
  return import(path.join(outDir, `${name}.mjs`));
}

async function historyBench() {
  const { runHistoryBench } = await bundleForNode('bench/history.ts', 'history');
  return runHistoryBench();
}

async function stressBench() {
  const { runStressBench } = await bundleForNode('bench/stress.ts', 'stress');
  return runStressBench();
}

const benches = { history: historyBench, timer: timerBench, stress: stressBench };
let allMet = true;
for (const [name, run] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  allMet = (await run()) && allMet;
}
process.exitCode = allMet ? 0 : 1;
