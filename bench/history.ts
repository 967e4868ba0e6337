/**
 * What a runner waits for, at 10,000 sessions (about 27 years of daily use) beside an empty
 * history measured in the same run: the built app (built main, preload and renderer, launched as
 * the end-to-end tests launch it), and saving a check-in through main's handler over the real store.
 * Every figure is printed beside its goal (issue 14); medians of several runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDataDir } from '../tests/e2e/fixtures/launch-app';
import { historyYearFiles } from '../tests/support/history-files';
import { startMainProcess } from '../tests/support/main-process';
import { measureApp } from './app-timings';
import { bundleSizes } from './bundle-size';
import { seedSessions } from './seed';
import type { CheckIn } from '../src/lib/history/types';

const SESSIONS = 10_000;
const SAVES = 60;
const RUNS = 7;
const RENDERER_OUT = path.resolve('out/renderer');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Figure {
  name: string;
  value: string;
  goal: string;
  met: boolean;
}

async function seededDataDir(sessions: number): Promise<string> {
  const dataDir = newDataDir();
  const main = startMainProcess(dataDir);
  if (sessions > 0) main.stores.history.write({ schemaVersion: 1, sessions: seedSessions(sessions) });
  const answered = await main.invoke('settings:update', { backPainType: 'mechanical' });
  if (!answered.ok) throw new Error(answered.error.message);
  return dataDir;
}

/** A fresh main process reads the store, as at launch; then check-ins are saved one by one. */
async function saveTimes(dataDir: string): Promise<number[]> {
  const main = startMainProcess(dataDir);
  // Typed, so that a field added to the check-in fails typecheck here instead of the bench at run time.
  const checkIn: CheckIn = {
    painNow: 2,
    painBefore: 1,
    locations: ['lower-back'],
    kinds: ['ache'],
    redFlags: [],
    dayType: 'run',
    crossTrainingKind: '',
    distanceKm: 7.5,
    durationSec: 2500,
    note: 'bench',
    treatments: [],
    painkillerNote: '',
    spotPain: {},
    avgHeartRate: null,
    climbM: null,
  };
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const t0 = performance.now();
    const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(result.error.message);
  }
  return times;
}

export async function runHistoryBench(): Promise<boolean> {
  console.log(`\n## The built app: empty history and ${SESSIONS.toLocaleString('en')} sessions (${RUNS} runs each, medians)`);
  const emptyDir = await seededDataDir(0);
  const bigDir = await seededDataDir(SESSIONS);
  try {
    const emptySaves = await saveTimes(emptyDir);
    const bigSaves = await saveTimes(bigDir);
    const empty = await measureApp(emptyDir, RUNS, true);
    const big = await measureApp(bigDir, RUNS, true);
    const sizes = bundleSizes(RENDERER_OUT, big.homeScripts);

    const homeRatio = median(big.homeMs) / median(empty.homeMs);
    const figures: Figure[] = [
      {
        name: 'Home visible after a reload',
        value: `${ms(median(big.homeMs))} (empty: ${ms(median(empty.homeMs))}, × ${homeRatio.toFixed(2)})`,
        goal: '≤ 1.2 × empty',
        met: homeRatio <= 1.2,
      },
      {
        name: 'History first rows after the click',
        value: `${ms(median(big.historyMs))} (empty: ${ms(median(empty.historyMs))})`,
        goal: '≤ 150 ms',
        met: median(big.historyMs) <= 150,
      },
      {
        name: 'Charts drawn after the tab',
        value: `${ms(median(big.chartsMs))} (empty: ${ms(median(empty.chartsMs))})`,
        goal: '≤ 200 ms',
        met: median(big.chartsMs) <= 200,
      },
      {
        name: `Save a check-in, p50 / p95 (${SAVES} saves)`,
        value: `${ms(median(bigSaves))} / ${ms(p95(bigSaves))} (empty: ${ms(median(emptySaves))} / ${ms(p95(emptySaves))})`,
        goal: 'p95 ≤ 10 ms',
        met: p95(bigSaves) <= 10,
      },
      {
        name: 'Renderer JS heap, History open',
        value: `${big.heapMb.toFixed(1)} MB (empty: ${empty.heapMb.toFixed(1)} MB)`,
        goal: '≤ 15 MB',
        met: big.heapMb <= 15,
      },
      {
        name: `Home's first-load JS, gzipped (${sizes.homeFiles} files)`,
        value: `${sizes.homeKb.toFixed(1)} KB`,
        goal: '≤ 80 KB',
        met: sizes.homeKb <= 80,
      },
      {
        name: `All renderer JS, gzipped (${sizes.allFiles} files)`,
        value: `${sizes.allKb.toFixed(1)} KB`,
        goal: '≤ 170 KB',
        met: sizes.allKb <= 170,
      },
    ];
    const width = Math.max(...figures.map((f) => f.name.length));
    for (const f of figures) console.log(`${f.name.padEnd(width)}  ${f.value}  goal ${f.goal}: ${f.met ? 'met' : 'NOT met'}`);
    const yearFiles = historyYearFiles(bigDir);
    const largest = Math.max(...yearFiles.map((f) => fs.statSync(f).size));
    console.log(
      `(the history at ${SESSIONS.toLocaleString('en')} sessions: ${yearFiles.length} year files, the largest ${(largest / 1024).toFixed(0)} KB — what one save rewrites)`,
    );
    const met = figures.every((f) => f.met);
    console.log(`app goals: ${met ? 'met' : 'NOT met'}`);
    return met;
  } finally {
    for (const dir of [emptyDir, bigDir]) fs.rmSync(dir, { recursive: true, force: true });
  }
}
