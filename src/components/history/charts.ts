/**
 * The Chart.js configuration of each history chart, in the theme's colours. The rows come from
 * src/lib/history/chart-data.ts and the words from chart-summaries.ts (re-exported here for the
 * components that import them from this file).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartData } from '../../lib/history/chart-data';
import { minutesSeconds } from '../../lib/history/chart-summaries';

export { CHART_WEEKS, chartData, type ChartData, type DayRow, type WeekRow } from '../../lib/history/chart-data';
export { calendarSummary, minutesSeconds, paceSummary, painSummary, runsSummary } from '../../lib/history/chart-summaries';

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
