/**
 * The Charts and Calendar tabs' answer from main: asked when one of them opens (or History is idle), kept
 * while the day, week start and unit stay, asked again after the history changes. Only the newest answer is shown.
 */
import { api } from '../lib/ipc/api';
import { plainRefusal } from '../lib/ipc/plain-words';
import type { HistoryCharts } from '../lib/history/charts-answer';
import { localDateOf } from '../lib/history/dates';
import { settingsState } from './settings.svelte';

export interface ChartsState {
  /** The last answer; null until the first one. */
  data: HistoryCharts | null;
  /** Main refused the last question. */
  error: string | null;
}

/** Raw: the answer is read-only and replaced whole. */
class ChartsStore implements ChartsState {
  data = $state.raw<HistoryCharts | null>(null);
  error = $state<string | null>(null);
}

export const chartsState: ChartsState = new ChartsStore();

let asked = 0;
/** The question the shown answer is for (day, week start, unit); '' after a change in main. */
let answered = '';

function question() {
  return { today: localDateOf(new Date()), weekStartDay: settingsState.settings.weekStartDay, unit: settingsState.settings.distanceUnit };
}

/** The question being answered, to join rather than ask twice (the early fetch and a quick click). */
let pending: { key: string; answer: Promise<void> } | null = null;

/** Asks main for the charts up to today, in the runner's week start and unit as they are now. */
export function loadCharts(): Promise<void> {
  const mine = ++asked;
  const ask = question();
  const key = JSON.stringify(ask);
  const answer = (async () => {
    try {
      const data = await api.getHistoryCharts(ask);
      if (mine !== asked) return;
      chartsState.data = data;
      chartsState.error = null;
      answered = key;
    } catch (error) {
      if (mine === asked) chartsState.error = plainRefusal(error);
    } finally {
      if (mine === asked) pending = null;
    }
  })();
  pending = { key, answer };
  return answer;
}

/** The charts or the calendar open: asked unless the answer shown (or on its way) is for the same day, week start and unit. */
export function showCharts(): Promise<void> {
  const key = JSON.stringify(question());
  if (answered === key) return Promise.resolve();
  if (pending?.key === key) return pending.answer;
  return loadCharts();
}

/** The history changed in main: the charts are asked again if they were ever answered, else when first opened. */
export function refreshCharts(): void {
  answered = '';
  if (chartsState.data !== null || chartsState.error !== null) void loadCharts();
}

/** The state at launch (and what tests start each case from). */
export function resetCharts(): void {
  asked++;
  answered = '';
  pending = null;
  chartsState.data = null;
  chartsState.error = null;
}
