/**
 * The Charts and Calendar tabs' answer from main: asked each time one of them opens (the last answer
 * shows meanwhile), and again after the history changes once asked. Only the newest answer is shown.
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

/** Asks main for the charts up to today, in the runner's week start and unit as they are now. */
export async function loadCharts(): Promise<void> {
  const mine = ++asked;
  try {
    const data = await api.getHistoryCharts({
      today: localDateOf(new Date()),
      weekStartDay: settingsState.settings.weekStartDay,
      unit: settingsState.settings.distanceUnit,
    });
    if (mine !== asked) return;
    chartsState.data = data;
    chartsState.error = null;
  } catch (error) {
    if (mine === asked) chartsState.error = plainRefusal(error);
  }
}

/** The history changed in main: the charts are asked again if they were ever answered, else when first opened. */
export function refreshCharts(): void {
  if (chartsState.data !== null || chartsState.error !== null) void loadCharts();
}

/** The state at launch (and what tests start each case from). */
export function resetCharts(): void {
  asked++;
  chartsState.data = null;
  chartsState.error = null;
}
