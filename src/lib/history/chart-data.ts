/**
 * The rows behind the history charts: the last weeks' runs, distance, pace and pain, and every
 * day's pain with its 7-day average, in the runner's unit. Pure (no DOM, no Chart.js);
 * chart-summaries.ts says them in words and src/components/history/charts.ts draws them.
 */
import { formatShortDate } from '../format/short-date';
import { chartWindow } from './chart-window';
import { addDays, dayNumber, daysBetween, weekStartOf } from './dates';
import { calendarWeeks, kmToUnit, painSeries, paceInUnit, weeklySummaries, type CalendarWeek } from './stats';
import type { Session } from './types';
import type { DistanceUnit, WeekStartDay } from '../settings/types';

export const CHART_WEEKS = 12;

export interface WeekRow {
  weekStart: string;
  label: string;
  runs: number;
  /** In the runner's unit. */
  distance: number;
  /** Seconds per unit; null without a timed run. */
  pace: number | null;
  avgPain: number | null;
}

export interface DayRow {
  localDate: string;
  label: string;
  /** The day's worst pain, or null on a day without a score. */
  pain: number | null;
  /** 7-day average on days with a score. */
  avg7: number | null;
}

export interface ChartData {
  weeks: WeekRow[];
  days: DayRow[];
  calendar: CalendarWeek[];
  unit: DistanceUnit;
  /** Weeks since the first session's week (at most CHART_WEEKS): what "runs a week" divides by. */
  spanWeeks: number;
}

/**
 * The last CHART_WEEKS weeks up to today (empty weeks included), and every day in them; a shorter
 * history starts at its first session, so a few days are not squeezed into the axis's right edge.
 */
export function chartData(all: readonly Session[], today: string, weekStartDay: WeekStartDay, unit: DistanceUnit): ChartData {
  const window = chartWindow(all, today, weekStartDay, CHART_WEEKS);
  // Years of history add nothing to the rows: a week needs its own days, a 7-day average the six days before.
  const since = addDays(weekStartOf(today, weekStartDay), -7 * (CHART_WEEKS - 1) - 6);
  const sessions = all.filter((s) => s.localDate >= since);
  const first = window.firstWeek;
  const weekCount = daysBetween(first, today) / 7 + 1;
  const byWeek = new Map(weeklySummaries(sessions, weekStartDay).map((w) => [w.weekStart, w]));
  const weeks: WeekRow[] = [];
  for (let i = 0; i < Math.floor(weekCount); i++) {
    const weekStart = addDays(first, 7 * i);
    const w = byWeek.get(weekStart);
    weeks.push({
      weekStart,
      label: formatShortDate(weekStart),
      runs: w?.runCount ?? 0,
      distance: w ? kmToUnit(w.distanceKm, unit) : 0,
      pace: w?.avgPaceSecPerKm == null ? null : paceInUnit(w.avgPaceSecPerKm, unit),
      avgPain: w?.avgPainAfter ?? null,
    });
  }
  const byDay = new Map(painSeries(sessions).map((p) => [p.localDate, p]));
  const days: DayRow[] = [];
  for (let d = dayNumber(window.firstDay); d <= dayNumber(today); d++) {
    const localDate = addDays(window.firstDay, d - dayNumber(window.firstDay));
    const p = byDay.get(localDate);
    days.push({ localDate, label: formatShortDate(localDate), pain: p?.pain ?? null, avg7: p?.avg7 ?? null });
  }
  return { weeks, days, calendar: calendarWeeks(sessions, today, weekStartDay, CHART_WEEKS), unit, spanWeeks: window.spanWeeks };
}
