/**
 * Guidance as the renderer sees it: the findings and the planning help, which main works out over
 * the whole history (so that Home never loads it); the dismissals, kept by main; and saving the
 * summary for a doctor. One $state object and the functions below.
 */
import { dismissUntil, filterDismissed, type Dismissals, type Finding, type PainBeforeAnswer, type PlanningHelp } from '../lib/guidance';
import { localDateOf } from '../lib/history/dates';
import { api } from '../lib/ipc/api';
import type { GuidanceToday } from '../lib/ipc/contract';
import { plainRefusal } from '../lib/ipc/plain-words';

export interface HiddenFinding {
  id: string;
  title: string;
  /** Local date on which it shows again. */
  until: string;
}

export interface GuidanceState {
  /** Main's answer for today: the findings in force and the plan; null until read. */
  advice: GuidanceToday | null;
  /** Reading the advice failed (the history could not be read). */
  adviceError: string | null;
  dismissals: Dismissals;
  /** When the runner last said a doctor had seen them (ends the emergency finding); null: never. */
  seenDoctorAt: string | null;
  /** The last pain-before answer after a warm-up (counts as a pain score before any check-in). */
  painBefore: PainBeforeAnswer | null;
  /** The dismissals have been read from main (until then nothing is shown, so nothing flickers). */
  dismissalsLoaded: boolean;
  /** Reading the dismissals failed (findings then show undismissed). */
  loadError: string | null;
  /** The finding just hidden, for the confirmation and its Undo. */
  lastHidden: HiddenFinding | null;
  /** Hiding (or un-hiding) a finding failed. */
  actionError: string | null;
  summary: { busy: boolean; savedTo: string | null; error: string | null };
}

/** The state at launch (and what tests start each case from). */
export function initialGuidanceState(): GuidanceState {
  return {
    advice: null,
    adviceError: null,
    dismissals: {},
    seenDoctorAt: null,
    painBefore: null,
    dismissalsLoaded: false,
    loadError: null,
    lastHidden: null,
    actionError: null,
    summary: { busy: false, savedTo: null, error: null },
  };
}

export const guidanceState = $state<GuidanceState>(initialGuidanceState());

/** The runner's local calendar day, now. */
export function todayDate(): string {
  return localDateOf(new Date());
}

let pending: Promise<void> | null = null;

/** Reads the advice and the dismissals from main afresh. Screens and panels mounting together share one read. */
export function loadGuidance(): Promise<void> {
  if (pending) return pending;
  const promise = readGuidance().finally(() => {
    if (pending === promise) pending = null;
  });
  pending = promise;
  return promise;
}

async function readGuidance(): Promise<void> {
  const advice = readAdvice();
  try {
    const [dismissals, seenDoctorAt, painBefore] = await Promise.all([api.getDismissals(), api.getSeenDoctor(), api.getLastPainBefore()]);
    guidanceState.dismissals = dismissals;
    guidanceState.seenDoctorAt = seenDoctorAt;
    guidanceState.painBefore = painBefore;
    guidanceState.loadError = null;
  } catch (error) {
    guidanceState.loadError = plainRefusal(error);
  } finally {
    guidanceState.dismissalsLoaded = true;
  }
  await advice;
}

async function readAdvice(): Promise<void> {
  try {
    guidanceState.advice = await api.getGuidanceToday({ today: todayDate() });
    guidanceState.adviceError = null;
  } catch (error) {
    guidanceState.adviceError = plainRefusal(error);
  }
}

/** True once both the advice (or its failure) and the dismissals have been read. */
export function guidanceReady(): boolean {
  return (guidanceState.advice !== null || guidanceState.adviceError !== null) && guidanceState.dismissalsLoaded;
}

/** Every finding in force today, most important first, without those dismissed this week. */
export function currentFindings(today = todayDate()): Finding[] {
  return filterDismissed(guidanceState.advice?.findings ?? [], guidanceState.dismissals, today);
}

/** An emergency sign is in force: Home then puts the advice above everything else, on the first screenful. */
export function emergencyInForce(): boolean {
  return guidanceReady() && currentFindings().some((finding) => finding.level === 'emergency');
}

/** Runs this week against the 3–4 target, and whether today suits a run; null until main has answered. */
export function currentPlan(): PlanningHelp | null {
  return guidanceState.advice?.plan ?? null;
}

/** The runner says a doctor has seen them: the emergency finding ends (until a new one is ticked). */
export async function markSeenDoctor(): Promise<boolean> {
  guidanceState.actionError = null;
  try {
    guidanceState.seenDoctorAt = await api.markSeenDoctor();
    // The emergency finding ends in main's answer: ask again.
    await loadGuidance();
    return true;
  } catch (error) {
    guidanceState.actionError = plainRefusal(error);
    return false;
  }
}

/** Hides a finding for a week. Red flags (not dismissible) cannot be hidden. */
export async function hideFinding(finding: Finding): Promise<boolean> {
  if (!finding.dismissible) return false;
  guidanceState.actionError = null;
  const until = dismissUntil(todayDate());
  try {
    guidanceState.dismissals = await api.dismissFinding({ findingId: finding.id, until });
    guidanceState.lastHidden = { id: finding.id, title: finding.title, until };
    return true;
  } catch (error) {
    guidanceState.actionError = plainRefusal(error);
    return false;
  }
}

/** Brings back the finding just hidden (a dismissal "until today" hides nothing). */
export async function undoHide(): Promise<void> {
  const hidden = guidanceState.lastHidden;
  if (!hidden) return;
  guidanceState.actionError = null;
  try {
    guidanceState.dismissals = await api.dismissFinding({ findingId: hidden.id, until: todayDate() });
    guidanceState.lastHidden = null;
  } catch (error) {
    guidanceState.actionError = plainRefusal(error);
  }
}

export function forgetHidden(): void {
  guidanceState.lastHidden = null;
  guidanceState.actionError = null;
}

/** Asks main to make the one-page PDF and save it where the runner chooses. */
export async function saveDoctorSummary(): Promise<void> {
  const summary = guidanceState.summary;
  summary.busy = true;
  summary.error = null;
  summary.savedTo = null;
  try {
    const result = await api.saveDoctorSummary();
    summary.savedTo = result?.savedTo ?? null;
  } catch (error) {
    summary.error = plainRefusal(error);
  } finally {
    summary.busy = false;
  }
}

export function forgetSummaryMessage(): void {
  guidanceState.summary.savedTo = null;
  guidanceState.summary.error = null;
}
