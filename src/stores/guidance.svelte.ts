/**
 * Guidance as the renderer sees it: the findings and the planning help, computed by the pure
 * guidance rules over the history store's sessions and the runner's setup answers; the dismissals,
 * kept by main; and saving the summary for a doctor. One $state object and the functions below.
 */
import {
  dismissUntil,
  evaluateGuidance,
  filterDismissed,
  planningHelp,
  type Dismissals,
  type Finding,
  type PainBeforeAnswer,
  type PlanningHelp,
} from '../lib/guidance';
import { localDateOf } from '../lib/history/dates';
import { api } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import { historyState, loadHistory } from './history.svelte';
import { settingsState } from './settings.svelte';

export interface HiddenFinding {
  id: string;
  title: string;
  /** Local date on which it shows again. */
  until: string;
}

export interface GuidanceState {
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

let pending: { promise: Promise<void>; withHistory: boolean } | null = null;

/**
 * Reads the dismissals from main, and the history too when asked or not yet loaded. Screens and
 * panels mounting together share one read.
 */
export function loadGuidance(options: { refreshHistory?: boolean } = {}): Promise<void> {
  const withHistory = options.refreshHistory === true || !historyState.loaded;
  if (pending && (pending.withHistory || !withHistory)) return pending.promise;
  const promise = readGuidance(withHistory).finally(() => {
    if (pending?.promise === promise) pending = null;
  });
  pending = { promise, withHistory };
  return promise;
}

async function readGuidance(withHistory: boolean): Promise<void> {
  const history = withHistory ? loadHistory() : Promise.resolve();
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
  await history;
}

/** True once both the history and the dismissals have been read. */
export function guidanceReady(): boolean {
  return historyState.loaded && guidanceState.dismissalsLoaded;
}

/** Every finding in force today, most important first, without those dismissed this week. */
export function currentFindings(today = todayDate()): Finding[] {
  const { backPainType, weekStartDay } = settingsState.settings;
  const { seenDoctorAt, painBefore } = guidanceState;
  const findings = evaluateGuidance(historyState.sessions, { today, backPainType, weekStartDay, seenDoctorAt, painBefore });
  return filterDismissed(findings, guidanceState.dismissals, today);
}

/** An emergency sign is in force: Home then puts the advice above everything else, on the first screenful. */
export function emergencyInForce(): boolean {
  return guidanceReady() && currentFindings().some((finding) => finding.level === 'emergency');
}

/** Runs this week against the 3–4 target, and whether today suits a run. */
export function currentPlan(today = todayDate()): PlanningHelp {
  return planningHelp(historyState.sessions, today, settingsState.settings.weekStartDay, guidanceState.painBefore);
}

/** The runner says a doctor has seen them: the emergency finding ends (until a new one is ticked). */
export async function markSeenDoctor(): Promise<boolean> {
  guidanceState.actionError = null;
  try {
    guidanceState.seenDoctorAt = await api.markSeenDoctor();
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
