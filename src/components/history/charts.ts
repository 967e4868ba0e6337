/**
 * What the history charts show, worked out from the pure stats functions: the rows behind each
 * chart, a one-line summary a screen reader (and anyone glancing) can read, and the Chart.js
 * configuration in the theme's colours.
 */
import type { ChartConfiguration } from 'chart.js';
import { addDays, dayNumber, daysBetween } from '../../lib/history/dates';
import { chartWindow } from '../../lib/history/chart-window';
import type { Session } from '../../lib/history/types';
import { calendarWeeks, painSeries, paceInUnit, weeklySummaries, kmToUnit, type CalendarWeek } from '../../lib/history/stats';
import type { DistanceUnit, WeekStartDay } from '../../lib/settings/types';
import { formatShortDate, plural } from './format';

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
export function chartData(sessions: readonly Session[], today: string, weekStartDay: WeekStartDay, unit: DistanceUnit): ChartData {
  const window = chartWindow(sessions, today, weekStartDay, CHART_WEEKS);
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

const one = (n: number) => n.toFixed(1);

/** "m:ss" for seconds. */
export function minutesSeconds(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function compare(now: number, before: number, digits = 1): string {
  const a = Number(now.toFixed(digits));
  const b = Number(before.toFixed(digits));
  if (a === b) return `the same as last week`;
  return `${a < b ? 'down' : 'up'} from ${before.toFixed(digits)} last week`;
}

export function painSummary(data: ChartData): string {
  const [last, current] = [data.weeks.at(-2)?.avgPain ?? null, data.weeks.at(-1)?.avgPain ?? null];
  const scored = data.days.filter((d) => d.avg7 !== null);
  if (scored.length === 0) return `No pain scores in the last ${CHART_WEEKS} weeks.`;
  let text: string;
  if (current !== null && last !== null) text = `Pain this week averaged ${one(current)}, ${compare(current, last)}.`;
  else if (current !== null) text = `Pain this week averaged ${one(current)}; there were no scores last week.`;
  else if (last !== null) text = `No pain scores yet this week; last week averaged ${one(last)}.`;
  else text = 'No pain scores this week or last week.';
  const latest = scored.at(-1)!;
  return `${text} Latest 7-day average: ${one(latest.avg7!)} (${latest.label}).`;
}

export function runsSummary(data: ChartData): string {
  const [last, current] = [data.weeks.at(-2)!, data.weeks.at(-1)!];
  const total = data.weeks.reduce((sum, w) => sum + w.runs, 0);
  if (total === 0) return `No runs in the last ${CHART_WEEKS} weeks.`;
  const week = (w: WeekRow) => `${plural(w.runs, 'run')}, ${one(w.distance)} ${data.unit}`;
  const lead = `This week: ${week(current)}. Last week: ${week(last)}.`;
  // One week of history: its average is this week's count, already said.
  if (data.spanWeeks < 2) return lead;
  return `${lead} Over ${data.spanWeeks} weeks since your first session: ${one(total / data.spanWeeks)} runs a week on average.`;
}

export function paceSummary(data: ChartData): string {
  const [last, current] = [data.weeks.at(-2)!, data.weeks.at(-1)!];
  const per = `/${data.unit}`;
  if (data.weeks.every((w) => w.pace === null)) return `No timed runs in the last ${CHART_WEEKS} weeks.`;
  if (current.pace !== null && last.pace !== null) {
    const faster = current.pace < last.pace;
    const same = Math.round(current.pace) === Math.round(last.pace);
    return `Average pace this week ${minutesSeconds(current.pace)} ${per}, ${same ? 'the same as' : faster ? 'faster than' : 'slower than'} last week (${minutesSeconds(last.pace)} ${per}).`;
  }
  if (current.pace !== null) return `Average pace this week ${minutesSeconds(current.pace)} ${per}; no timed runs last week.`;
  if (last.pace !== null) return `No timed runs yet this week; last week averaged ${minutesSeconds(last.pace)} ${per}.`;
  const latest = data.weeks.findLast((w) => w.pace !== null)!;
  return `No timed runs this week or last; the week of ${latest.label} averaged ${minutesSeconds(latest.pace!)} ${per}.`;
}

export function calendarSummary(calendar: readonly CalendarWeek[]): string {
  let run = 0;
  let cross = 0;
  let rest = 0;
  let routine = 0;
  for (const week of calendar) {
    for (const day of week.days) {
      if (day.run) run++;
      if (day.cross) cross++;
      if (day.rest) rest++;
      if (day.routine) routine++;
    }
  }
  return (
    `${plural(run, 'run day')}, ${plural(cross, 'cross-training day')} and ${plural(rest, 'rest day')} ` +
    `in the last ${calendar.length} weeks; a routine on ${plural(routine, 'day')}.`
  );
}

// ---------------------------------------------------------------------------------------------
// Chart.js configurations

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accentSoft: string;
  caution: string;
  surface: string;
  font: string;
}

function axisStyle(p: Palette) {
  return {
    ticks: { color: p.text, font: { size: 17, family: p.font } },
    grid: { color: p.grid },
    border: { color: p.muted },
  };
}

function titleStyle(p: Palette, text: string) {
  return { display: true, text, color: p.text, font: { size: 16, weight: 'bold' as const, family: p.font } };
}

function baseOptions(p: Palette) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: {
      legend: {
        position: 'top' as const,
        labels: { color: p.text, font: { size: 17, family: p.font }, boxWidth: 28, padding: 16 },
      },
      tooltip: { titleFont: { size: 16 }, bodyFont: { size: 16 }, padding: 10 },
    },
  };
}

export function painChartConfig(data: ChartData, p: Palette): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: data.days.map((d) => d.label),
      datasets: [
        {
          label: 'Pain that day',
          data: data.days.map((d) => d.pain),
          showLine: false,
          pointRadius: 6,
          pointHoverRadius: 8,
          pointStyle: 'circle',
          pointBackgroundColor: p.surface,
          pointBorderColor: p.caution,
          pointBorderWidth: 3,
          borderColor: p.caution,
          backgroundColor: p.surface,
        },
        {
          label: '7-day average',
          data: data.days.map((d) => d.avg7),
          spanGaps: true,
          borderColor: p.accent,
          backgroundColor: p.accent,
          borderWidth: 5,
          pointRadius: 0,
          // The legend draws this dataset as a line (it is one), not a filled square.
          pointStyle: 'line',
          tension: 0.25,
        },
      ],
    },
    options: {
      ...baseOptions(p),
      plugins: {
        ...baseOptions(p).plugins,
        // Legend keys drawn as each dataset's point style: a ring for the day's pain, a line for the average.
        legend: { ...baseOptions(p).plugins.legend, labels: { ...baseOptions(p).plugins.legend.labels, usePointStyle: true } },
      },
      scales: {
        // offset: a first day's point sits inside the plot, not on the y axis line.
        x: { ...axisStyle(p), offset: true, ticks: { ...axisStyle(p).ticks, autoSkip: true, maxTicksLimit: 12, maxRotation: 0 } },
        y: { ...axisStyle(p), min: 0, max: 10, ticks: { ...axisStyle(p).ticks, stepSize: 2 }, title: titleStyle(p, 'Pain (0–10)') },
      },
    },
  };
}

export function runsChartConfig(data: ChartData, p: Palette): ChartConfiguration<'bar' | 'line', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: data.weeks.map((w) => w.label),
      datasets: [
        {
          type: 'bar',
          label: `Distance (${data.unit})`,
          data: data.weeks.map((w) => Number(w.distance.toFixed(1))),
          backgroundColor: p.accentSoft,
          borderColor: p.accent,
          borderWidth: 2,
          yAxisID: 'y',
          order: 2,
        },
        {
          type: 'line',
          label: 'Runs',
          data: data.weeks.map((w) => w.runs),
          borderColor: p.caution,
          backgroundColor: p.caution,
          borderWidth: 4,
          pointRadius: 6,
          pointStyle: 'rectRot',
          yAxisID: 'y1',
          order: 1,
        },
      ],
    },
    options: {
      ...baseOptions(p),
      scales: {
        x: { ...axisStyle(p), ticks: { ...axisStyle(p).ticks, maxRotation: 0, autoSkip: true } },
        y: { ...axisStyle(p), beginAtZero: true, title: titleStyle(p, `Distance (${data.unit})`) },
        y1: {
          ...axisStyle(p),
          position: 'right',
          beginAtZero: true,
          suggestedMax: 5,
          grid: { drawOnChartArea: false },
          ticks: { ...axisStyle(p).ticks, stepSize: 1, precision: 0 },
          title: titleStyle(p, 'Runs'),
        },
      },
    },
  };
}

export function paceChartConfig(data: ChartData, p: Palette): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: data.weeks.map((w) => w.label),
      datasets: [
        {
          label: `Average pace (min/${data.unit})`,
          data: data.weeks.map((w) => (w.pace === null ? null : Math.round(w.pace))),
          borderColor: p.accent,
          backgroundColor: p.accent,
          borderWidth: 4,
          pointRadius: 6,
          spanGaps: true,
        },
      ],
    },
    options: {
      ...baseOptions(p),
      plugins: {
        ...baseOptions(p).plugins,
        tooltip: {
          ...baseOptions(p).plugins.tooltip,
          callbacks: { label: (item) => `${minutesSeconds(Number(item.raw))} /${data.unit}` },
        },
      },
      scales: {
        x: { ...axisStyle(p), ticks: { ...axisStyle(p).ticks, maxRotation: 0, autoSkip: true } },
        y: {
          ...axisStyle(p),
          ticks: { ...axisStyle(p).ticks, callback: (value) => minutesSeconds(Number(value)) },
          title: titleStyle(p, `min/${data.unit} (lower is faster)`),
        },
      },
    },
  };
}
