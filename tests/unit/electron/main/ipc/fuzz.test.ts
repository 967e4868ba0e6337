/**
 * IPC fuzzing: thousands of generated malformed payloads to every channel (wrong types, huge
 * strings, deep nesting, prototype-pollution keys, NaN/Infinity, unknown keys and channels).
 * Every one must be refused with a clear error, nothing may throw, and the store files must be
 * byte-identical afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../../electron/main/ipc/dispatch';
import { argumentSchemas } from '../../../../../electron/main/ipc/validators';
import type { ArgOf, Channel } from '../../../../../src/lib/ipc/contract';
import { startMainProcess, type TestMainProcess } from '../../../../support/main-process';
import { makeTempDir } from '../../../../support/temp-dir';

const PER_CHANNEL = 1000;

/** A valid argument for every channel that takes one: the starting point for mutations. */
const checkIn = {
  painNow: 3,
  painBefore: 1,
  locations: ['lower-back'],
  kinds: ['ache'],
  redFlags: [],
  dayType: 'run',
  crossTrainingKind: '',
  distanceKm: 5,
  durationSec: 1800,
  note: 'ok',
  treatments: ['heat', 'painkiller'],
  painkillerNote: 'ibuprofen 200 mg',
  spotPain: { 'lower-back-left': 4 },
  avgHeartRate: 150,
  climbM: 40,
};
const routineRun = {
  routineId: 'builtin-before',
  routineName: 'Before the run',
  phase: 'before',
  startedAt: '2026-11-26T07:00:00.000Z',
  endedAt: '2026-11-26T07:10:00.000Z',
  stepsDone: 8,
  stepsSkipped: 0,
  activeMs: 500000,
};
const validArgs: { [C in Channel]?: ArgOf<C> } = {
  'settings:update': {
    distanceUnit: 'mi',
    cues: { tones: true, toneVolume: 0.5, voice: false, voiceVolume: 1, countIn: true, halfway: false },
  },
  'routines:save': {
    name: 'Mine',
    phase: 'before',
    steps: [{ movementId: 'hip-circles', durationSec: 30, sides: 'one', restAfterSec: 0 }],
  },
  'routines:duplicate': { id: 'builtin-before' },
  'routines:delete': { id: 'nope' },
  'routines:undo-delete': { id: 'nope' },
  'sessions:record-routine': routineRun as ArgOf<'sessions:record-routine'>,
  'sessions:save-check-in': { sessionId: null, checkIn } as ArgOf<'sessions:save-check-in'>,
  'sessions:delete': { id: 'nope' },
  'sessions:restore': {
    id: 'x1',
    startedAt: routineRun.startedAt,
    localDate: '2026-11-26',
    routine: null,
    checkIn: null,
    updatedAt: routineRun.startedAt,
  },
  'player:save-in-progress': {
    routineName: 'Before the run',
    startedAt: routineRun.startedAt,
    savedAt: routineRun.startedAt,
    checkpoint: {
      version: 1,
      routineId: 'builtin-before',
      segmentCount: 20,
      segmentIndex: 3,
      elapsedInSegmentMs: 100,
      addedMs: 0,
      activeMs: 1000,
      doneSegments: [1],
      skippedSegments: [],
    },
  },
  'player:set-pain-before': { pain: 4 },
  'player:keep-awake': { active: true },
  'player:compact': { on: true },
  'routines:export': { ids: ['builtin-before'] },
  'routines:import-confirm': { token: 'abc' },
  'app:notify': { title: 'Done', body: 'Routine complete' },
  'history:export': { format: 'csv' },
  'history:import-confirm': { token: 'abc' },
  'history:restore-backup': { id: 'history-2026-11-20' },
  'guidance:dismiss': { findingId: 'few-runs:2026-11-23', until: '2026-12-03' },
};

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'x'.repeat(1_000_000);
const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) });
const polluted = () => JSON.parse('{"__proto__": {"isAdmin": true}}') as object;

/** Values of the wrong kind for any field (never null: some fields are nullable). */
const WRONG: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  HUGE,
  true,
  [],
  [1, 'a'],
  {},
  deep(40),
  polluted(),
];

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  const inner = entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return inner.length > 0 ? inner : [prefix];
}

function withLeaf(value: unknown, at: (string | number)[], leaf: unknown): unknown {
  if (at.length === 0) return leaf;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]!] = withLeaf(copy[at[0]!], at.slice(1), leaf);
  return copy;
}

/** One malformed payload for a channel. */
function malformed(channel: Channel, random: () => number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sample = validArgs[channel];
  const kind = Math.floor(random() * 6);
  if (sample === undefined || kind === 0) return pick([0, 'x', true, [], HUGE, Number.NaN, { a: 1 }, deep(200), polluted(), [sample]]);
  const paths = leafPaths(sample);
  const at = pick(paths);
  switch (kind) {
    case 1:
    case 2: {
      // A leaf of the wrong type or out of every range.
      const original = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample);
      // Same-type replacements only where no value of them is valid anywhere (no NaN, ∞ or −1; no 1 MB text).
      const wrong = WRONG.filter((w) => typeof w !== typeof original || typeof w === 'number' || w === HUGE);
      return withLeaf(sample, at, pick(wrong));
    }
    case 3:
      // A prototype-pollution key somewhere inside.
      return withLeaf(sample, at.slice(0, -1), {
        ...(at.length > 1 ? (at.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample) as object) : {}),
        ...JSON.parse('{"__proto__": {"x": 1}}'),
      });
    case 4:
      // An unknown key.
      return { ...(sample as object), [`extra${Math.floor(random() * 1000)}`]: 1 };
    default:
      // Nested far too deep.
      return withLeaf(sample, at, deep(50 + Math.floor(random() * 100)));
  }
}

function snapshotFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let temp: ReturnType<typeof makeTempDir>;
let main: TestMainProcess;
beforeAll(async () => {
  temp = makeTempDir();
  main = startMainProcess(temp.dir);
  // Real data in every store first, so "unchanged" means something.
  await main.invoke('settings:update', { distanceUnit: 'mi' });
  await main.invoke('sessions:save-check-in', validArgs['sessions:save-check-in']);
  await main.invoke('routines:save', validArgs['routines:save']);
  await main.invoke('guidance:dismiss', validArgs['guidance:dismiss']);
});
afterAll(() => temp.cleanup());

describe('IPC fuzzing', () => {
  it('every sample argument is itself valid (so each mutation is what makes a payload bad)', () => {
    for (const [channel, arg] of Object.entries(validArgs)) {
      expect(argumentSchemas[channel as Channel].safeParse(arg).success, channel).toBe(true);
    }
  });

  it(`refuses ${PER_CHANNEL} malformed payloads on each of the ${CHANNELS.length} channels and changes no file`, async () => {
    const before = snapshotFiles(temp.dir);
    const random = prng(20261126);
    for (const channel of CHANNELS) {
      for (let i = 0; i < PER_CHANNEL; i++) {
        const payload = malformed(channel, random);
        const result = await main.invoke(channel, payload);
        if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload)?.slice(0, 200)}`);
        expect(result.error.code, `${channel} ${JSON.stringify(payload)?.slice(0, 300)}`).toBe('invalid-argument');
        // Plain words for the screen: the channel is not named in them.
        expect(result.error.message).toMatch(/^.{5,}$/s);
        expect(result.error.message).not.toContain(channel);
      }
    }
    for (let i = 0; i < PER_CHANNEL; i++) {
      const name = i % 2 === 0 ? `evil:${i}` : ['__proto__', 'constructor', 'toString', '', 'settings:GET'][i % 5]!;
      const result = await main.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(snapshotFiles(temp.dir)).toEqual(before);
    // And the runner's data still reads back as it was: the app answers, nothing wedged or lost.
    const settings = await main.invoke('settings:get', undefined);
    expect(settings).toMatchObject({ ok: true, value: { distanceUnit: 'mi' } });
    const sessions = await main.invoke('sessions:list', undefined);
    expect(sessions.ok && sessions.value).toHaveLength(1);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }, 120_000);
});
