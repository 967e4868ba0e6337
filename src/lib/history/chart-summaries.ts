/**
 * Each history chart in one line of words: what a screen reader says for it, and what anyone
 * glancing reads above it. Pure; compares this week with last week from the chart rows.
 */
import { plural } from '../format/plural';
import { CHART_WEEKS, type ChartData, type WeekRow } from './chart-data';
import type { CalendarWeek } from './stats';
import { formatMinSec } from '../format/duration';

const one = (n: number) => n.toFixed(1);

/** "m:ss" for seconds (a pace per km or mile). */
export const minutesSeconds = formatMinSec;

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
