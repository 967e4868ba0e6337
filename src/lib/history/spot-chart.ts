/**
 * The pain chart for one spot ("Lower back, left"): the same days as the whole chart, each with the
 * day's highest score for that spot and its 7-day average. Pure; the chart draws it like overall pain.
 */
import { CHART_WEEKS, type DayRow } from './chart-data';
import { SPOT_LABELS } from './diary-labels';
import { painSeries } from './stats';
import { PAIN_SPOTS, type PainSpot, type Session, type SpotPain } from './types';

/** What the pain chart shows: overall pain (pain now), or one spot. */
export type PainChartChoice = 'all' | PainSpot;

export const PAIN_CHART_CHOICES: { value: PainChartChoice; label: string }[] = [
  { value: 'all', label: 'All (pain now)' },
  ...PAIN_SPOTS.map((spot) => ({ value: spot, label: SPOT_LABELS[spot] })),
];

/** A spot's score on a check-in, or null when that spot was not scored. */
export function spotScore(spotPain: SpotPain, spot: PainSpot): number | null {
  return Object.hasOwn(spotPain, spot) ? (spotPain[spot] ?? null) : null;
}

/** `days` (the chart's window) with the pain and 7-day average of one spot instead of pain now. */
export function spotDays(sessions: readonly Session[], spot: PainSpot, days: readonly DayRow[]): DayRow[] {
  const byDay = new Map(painSeries(sessions, (c) => spotScore(c.spotPain, spot)).map((p) => [p.localDate, p]));
  return days.map((d) => {
    const p = byDay.get(d.localDate);
    return { ...d, pain: p?.pain ?? null, avg7: p?.avg7 ?? null };
  });
}

/** The spot chart in words: how many days have a score, and the latest 7-day average. */
export function spotSummary(days: readonly DayRow[], spot: PainSpot): string {
  const name = SPOT_LABELS[spot].toLowerCase();
  const scored = days.filter((d) => d.pain !== null);
  if (scored.length === 0) return `No scores for ${name} in the last ${CHART_WEEKS} weeks.`;
  const latest = scored.at(-1)!;
  const count = `${scored.length} ${scored.length === 1 ? 'day' : 'days'}`;
  return `Pain at ${name} was scored on ${count}. Latest 7-day average: ${latest.avg7!.toFixed(1)} (${latest.label}).`;
}
