/**
 * Pain by spot and the watch's figures, for the doctor's summary: each scored spot with its days,
 * average and highest score; the runs' average heart rate and climb where a run file gave them.
 */
import { SPOT_LABELS, scoredSpots } from '../../history/diary-labels';
import { PAIN_SPOTS, type CheckIn, type PainSpot } from '../../history/types';

export interface SpotScores {
  spot: PainSpot;
  /** Check-ins that scored this spot. */
  count: number;
  average: number;
  highest: number;
}

export interface RunFigures {
  /** Runs with a heart rate, and their average (of each run's average). */
  heartRateRuns: number;
  heartRate: number | null;
  /** Runs with a climb, and the metres climbed over them. */
  climbRuns: number;
  climbM: number;
}

/** From the window's check-ins: every spot scored at least once, in the check-in's order. */
export function spotScores(checkIns: readonly CheckIn[]): SpotScores[] {
  const scores = new Map<PainSpot, number[]>();
  for (const checkIn of checkIns) {
    for (const [spot, score] of scoredSpots(checkIn.spotPain)) scores.set(spot, [...(scores.get(spot) ?? []), score]);
  }
  return PAIN_SPOTS.filter((spot) => scores.has(spot)).map((spot) => {
    const list = scores.get(spot)!;
    return { spot, count: list.length, average: list.reduce((a, b) => a + b, 0) / list.length, highest: Math.max(...list) };
  });
}

/** "Scored by spot: Lower back, left: 5 times, average 4.2, highest 7; …" — null when no spot was scored. */
export function spotsLine(spots: readonly SpotScores[]): string | null {
  if (spots.length === 0) return null;
  const parts = spots.map(
    (s) => `${SPOT_LABELS[s.spot]}: ${s.count === 1 ? 'once' : `${s.count} times`}, average ${s.average.toFixed(1)}, highest ${s.highest}`,
  );
  return `Scored by spot (0–10): ${parts.join('; ')}.`;
}

export function runFigures(runs: readonly CheckIn[]): RunFigures {
  const rates = runs.flatMap((c) => (c.avgHeartRate === null ? [] : [c.avgHeartRate]));
  const climbs = runs.flatMap((c) => (c.climbM === null ? [] : [c.climbM]));
  return {
    heartRateRuns: rates.length,
    heartRate: rates.length === 0 ? null : rates.reduce((a, b) => a + b, 0) / rates.length,
    climbRuns: climbs.length,
    climbM: climbs.reduce((a, b) => a + b, 0),
  };
}

const runsWord = (n: number) => (n === 1 ? '1 run' : `${n} runs`);

/** "From the run files: average heart rate 148 bpm (6 runs), 420 m climbed (5 runs)." — null when no file gave either. */
export function runFiguresLine(figures: RunFigures): string | null {
  const parts = [
    figures.heartRate === null ? null : `average heart rate ${Math.round(figures.heartRate)} bpm (${runsWord(figures.heartRateRuns)})`,
    figures.climbRuns === 0 ? null : `${Math.round(figures.climbM)} m climbed (${runsWord(figures.climbRuns)})`,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : `From the run files: ${parts.join(', ')}.`;
}
