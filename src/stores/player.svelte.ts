/**
 * The guided routine being played: wires the pure timer engine to the clock, the cues, main's
 * checkpoint and the session record. One $state object that the Player screen renders.
 */
import { api } from '../lib/ipc/api';
import { movementName } from './movements.svelte';
import type { Routine } from '../lib/routines/types';
import { createEngine, createTicker, restoreEngine, type Ticker, type TimerEngine } from '../lib/timer';
import { spokenCue, stepPhrase } from '../lib/timer/cue-text';
import { crossedHalfway } from '../lib/timer/halfway';
import type { RoutineInProgress } from '../lib/timer/in-progress';
import { buildPlan } from '../lib/timer/plan';
import type { TimerEvent, TimerSnapshot } from '../lib/timer/types';
import { playChangeTone, playCountdownTone, primeAudio, silence, speak } from '../services/cues';
import { rememberSession } from './history.svelte';
import { settingsState } from './settings.svelte';
import { errorMessage } from '../lib/errors';

/** What follows the routine: the screen the player shows once the engine is done or stopped. */
export type PlayerOutcome =
  | { kind: 'playing' }
  | { kind: 'finished'; sessionId: string; phase: Routine['phase'] }
  | { kind: 'stopped'; sessionId: string | null; phase: Routine['phase'] };

export const player = $state<{
  routine: Routine | null;
  snapshot: TimerSnapshot | null;
  muted: boolean;
  confirmingStop: boolean;
  /** Text for the screen reader's live region: the step that just began. */
  announcement: string;
  outcome: PlayerOutcome;
  /** A save that failed (the routine keeps running; the runner is told). */
  error: string | null;
}>({
  routine: null,
  snapshot: null,
  muted: false,
  confirmingStop: false,
  announcement: '',
  outcome: { kind: 'playing' },
  error: null,
});

let engine: TimerEngine | null = null;
let ticker: Ticker | null = null;
let startedAt = '';

const now = () => performance.now();
export { movementName };

function planFor(routine: Routine) {
  const { getReadySec, switchSidesSec } = settingsState.settings;
  return buildPlan(routine, { getReadySec, switchSidesSec });
}

function begin(routine: Routine, nextEngine: TimerEngine, started: string): void {
  ticker?.dispose();
  engine = nextEngine;
  startedAt = started;
  Object.assign(player, {
    routine,
    muted: player.muted,
    confirmingStop: false,
    announcement: '',
    outcome: { kind: 'playing' },
    error: null,
  });
  ticker = createTicker({ engine, now, onTick, wholeSeconds: true });
  player.snapshot = engine.snapshot();
}

export function startRoutine(routine: Routine): void {
  primeAudio();
  begin(routine, createEngine(planFor(routine), now), new Date().toISOString());
  ticker!.act((e) => e.start());
  void call(api.keepAwake({ active: true }));
}

/** Picks up a routine saved by main before a crash or quit; it resumes paused, where it stopped. */
export function resumeRoutine(routine: Routine, saved: RoutineInProgress): boolean {
  try {
    begin(routine, restoreEngine(planFor(routine), saved.checkpoint, now), saved.startedAt);
    return true;
  } catch {
    // The routine or the timing settings changed since: it cannot be resumed exactly.
    return false;
  }
}

export type PlayerControl = 'toggle-pause' | 'skip' | 'back' | 'add-time';

export function control(action: PlayerControl): void {
  if (!ticker || !engine) return;
  primeAudio();
  switch (action) {
    case 'toggle-pause': {
      const kind = engine.snapshot().kind;
      if (kind === 'running') ticker.act((e) => e.pause());
      else if (kind === 'paused') ticker.act((e) => e.resume());
      void call(api.keepAwake({ active: engine.snapshot().kind === 'running' }));
      saveCheckpoint();
      return;
    }
    case 'skip':
      ticker.act((e) => e.skip());
      return;
    case 'back':
      ticker.act((e) => e.back());
      return;
    case 'add-time':
      ticker.act((e) => e.addTime());
      return;
  }
}

/** Machine going to sleep or screen locked: pause, and let the runner resume when back. */
export function pauseForSuspend(): void {
  if (engine?.snapshot().kind === 'running') control('toggle-pause');
}

export function toggleMute(): void {
  player.muted = !player.muted;
  if (player.muted) silence();
}

export function askToStop(): void {
  player.confirmingStop = true;
}

export function cancelStop(): void {
  player.confirmingStop = false;
}

export async function confirmStop(): Promise<void> {
  if (!ticker || !engine || !player.routine) return;
  const { phase } = player.routine;
  player.confirmingStop = false;
  ticker.act((e) => e.stop());
  const stats = engine.snapshot().stats;
  // A routine stopped part-way is still worth keeping when some steps were done.
  const sessionId = stats.stepsDone > 0 ? await recordSession() : null;
  await wrapUp();
  player.outcome = { kind: 'stopped', sessionId, phase };
}

function onTick(events: readonly TimerEvent[], snapshot: TimerSnapshot): void {
  const before = player.snapshot;
  player.snapshot = snapshot;
  const { cues } = settingsState.settings;
  if (cues.halfway && crossedHalfway(before, snapshot)) speak('Halfway', cues, player.muted);
  for (const event of events) {
    if (event.type === 'countdown') {
      playCountdownTone(cues, player.muted);
      if (cues.countIn) speak(String(event.secondsLeft), cues, player.muted);
      continue;
    }
    if (event.type === 'done') {
      playChangeTone(cues, player.muted);
      speak(spokenCue(event, null, movementName)!, cues, player.muted);
      void finish();
      continue;
    }
    const next = snapshot.kind === 'running' || snapshot.kind === 'paused' ? snapshot.next : null;
    playChangeTone(cues, player.muted);
    const cue = spokenCue(event, next, movementName);
    if (cue) speak(cue, cues, player.muted);
    player.announcement = event.segment.kind === 'step' ? `Now: ${stepPhrase(event.segment, movementName)}` : (cue ?? '');
    saveCheckpoint();
  }
}

/** Main keeps where we are at every change, so a crash loses at most the current segment. */
function saveCheckpoint(): void {
  const checkpoint = engine?.checkpoint();
  if (!checkpoint || !player.routine) return;
  void call(api.saveRoutineInProgress({ checkpoint, routineName: player.routine.name, startedAt, savedAt: new Date().toISOString() }));
}

async function recordSession(): Promise<string | null> {
  if (!engine || !player.routine) return null;
  const { stats } = engine.snapshot();
  try {
    const session = await api.recordRoutine({
      routineId: player.routine.id,
      routineName: player.routine.name,
      phase: player.routine.phase,
      startedAt,
      endedAt: new Date().toISOString(),
      stepsDone: stats.stepsDone,
      stepsSkipped: stats.stepsSkipped,
      activeMs: stats.activeMs,
    });
    rememberSession(session);
    return session.id;
  } catch (error) {
    player.error = `This session could not be saved: ${errorMessage(error)}`;
    return null;
  }
}

async function finish(): Promise<void> {
  const routine = player.routine;
  if (!routine) return;
  const sessionId = await recordSession();
  await wrapUp();
  void call(api.notify({ title: 'Routine complete', body: `${routine.name} is done.` }));
  player.outcome = sessionId
    ? { kind: 'finished', sessionId, phase: routine.phase }
    : { kind: 'stopped', sessionId: null, phase: routine.phase };
}

async function wrapUp(): Promise<void> {
  ticker?.dispose();
  ticker = null;
  await call(api.clearRoutineInProgress());
  await call(api.keepAwake({ active: false }));
}

/** Leaves the player (after the outcome was handled). */
export function closePlayer(): void {
  ticker?.dispose();
  ticker = null;
  engine = null;
  silence();
  Object.assign(player, {
    routine: null,
    snapshot: null,
    confirmingStop: false,
    announcement: '',
    outcome: { kind: 'playing' },
    error: null,
  });
}

async function call(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    player.error = errorMessage(error);
  }
}

/** The one-tap answer at the end of the warm-up; main keeps it as today's "pain before". */
export async function answerPainBefore(pain: number | null): Promise<void> {
  await api.setPainBefore({ pain });
}

/** A routine a crash or quit interrupted, if main kept one. */
export function findInterruptedRoutine(): Promise<RoutineInProgress | null> {
  return api.getRoutineInProgress();
}

export async function discardInterruptedRoutine(): Promise<void> {
  await api.clearRoutineInProgress();
}
