/**
 * What the Charts and Calendar tabs draw, worked out in main: the chart rows and calendar cells of
 * the last weeks, and each scored spot's pain series, so that the renderer never needs the whole history.
 */
import type { DistanceUnit, WeekStartDay } from '../settings/types';
import { chartData, type ChartData, type DayRow } from './chart-data';
import { addDays } from './dates';
import { spotDays } from './spot-chart';
import { PAIN_SPOTS, type PainSpot, type Session } from './types';

export interface ChartsRequest {
  /** The renderer's local day, so that the charts end where its clock says today is. */
  today: string;
  weekStartDay: WeekStartDay;
  unit: DistanceUnit;
}

/** One spot's pain on each day of `days`, in the same order: the day's highest score and its 7-day average. */
export interface SpotSeries {
  pain: (number | null)[];
  avg7: (number | null)[];
}

export interface HistoryCharts extends ChartData {
  /** Only the spots scored on some day shown: switching spot then needs no call, and the answer stays small. */
  spots: Partial<Record<PainSpot, SpotSeries>>;
}

export function historyCharts(sessions: readonly Session[], { today, weekStartDay, unit }: ChartsRequest): HistoryCharts {
  const data = chartData(sessions, today, weekStartDay, unit);
  const first = data.days[0]?.localDate ?? today;
  // A 7-day average looks back six days at most: older sessions cannot change a series shown.
  const since = addDays(first, -6);
  const recent = sessions.filter((s) => s.localDate >= since && s.localDate <= today && s.checkIn !== null);
  const spots: HistoryCharts['spots'] = {};
  for (const spot of PAIN_SPOTS) {
    const rows = spotDays(recent, spot, data.days);
    if (rows.some((d) => d.pain !== null)) spots[spot] = { pain: rows.map((d) => d.pain), avg7: rows.map((d) => d.avg7) };
  }
  return { ...data, spots };
}

/** The chart's days with one spot's pain instead of pain now; an unscored spot has no score on any day. */
export function spotRows(charts: HistoryCharts, spot: PainSpot): DayRow[] {
  const series = charts.spots[spot];
  return charts.days.map((d, i) => ({ ...d, pain: series?.pain[i] ?? null, avg7: series?.avg7[i] ?? null }));
}
