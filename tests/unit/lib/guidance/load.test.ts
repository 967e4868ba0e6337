import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/lib/history/dates';
import type { Session } from '../../../../src/lib/history/types';
import { ago, byRule, evaluate, routineOnly, run } from './factory';

describe('distance and speed both up', () => {
  const TODAY = '2026-11-28'; // current window 11-22 … 11-28, baseline blocks before it

  /** `weeks` baseline weeks of 3 × 5 km at 6:00/km (15 km a week), oldest block first. */
  function baseline(weeks: number): Session[] {
    const start = ago(TODAY, 6 + 7 * weeks);
    const sessions: Session[] = [];
    for (let w = 0; w < weeks; w++) {
      for (const d of [0, 2, 4]) sessions.push(run(addDays(start, 7 * w + d)));
    }
    return sessions;
  }

  /** 4 runs in the current window, each shorter than 5 km so no single run is a spike. */
  function thisWeek(kmEach: number, secPerKm: number): Session[] {
    return [6, 4, 2, 0].map((n) => run(ago(TODAY, n), { distanceKm: kmEach, durationSec: kmEach * secPerKm }));
  }

  it('cautions when distance is >10% up and pace >3% faster than the baseline', () => {
    // 16.8 km (+12%) at 5:40/km (5.6% faster).
    const current = thisWeek(4.2, 340);
    const [finding, ...others] = byRule(evaluate([...baseline(4), ...current], TODAY), 'distance-and-speed');
    expect(others).toHaveLength(0);
    expect(finding).toMatchObject({ level: 'caution', title: 'Raise one at a time', id: 'distance-and-speed:2026-11-23' });
    expect(finding!.sessionIds).toEqual(current.map((s) => s.id));
  });

  it('stays quiet when pace is only 2% faster', () => {
    expect(byRule(evaluate([...baseline(4), ...thisWeek(4.2, 353)], TODAY), 'distance-and-speed')).toEqual([]);
  });

  it('stays quiet when distance is only 9% up', () => {
    // 16.4 km is +9.3% on 15 km.
    expect(byRule(evaluate([...baseline(4), ...thisWeek(4.1, 340)], TODAY), 'distance-and-speed')).toEqual([]);
  });

  it('works from 2 baseline weeks but not from 1', () => {
    expect(byRule(evaluate([...baseline(2), ...thisWeek(4.2, 340)], TODAY), 'distance-and-speed')).toHaveLength(1);
    expect(byRule(evaluate([...baseline(1), ...thisWeek(4.2, 340)], TODAY), 'distance-and-speed')).toEqual([]);
  });

  it('counts a covered baseline week without runs as a week of zero distance', () => {
    // History starts 3 weeks back but the oldest of those weeks has no runs: 30 km over 3 weeks = 10 km/week.
    const sessions = [routineOnly(ago(TODAY, 6 + 21)), ...baseline(2), ...thisWeek(3, 340)];
    // 12 km this week is +20% on 10 km/week, and faster.
    expect(byRule(evaluate(sessions, TODAY), 'distance-and-speed')).toHaveLength(1);
  });
});

describe('one run much longer than usual', () => {
  const TODAY = '2026-11-20';
  const usual = () => [
    run('2026-10-25', { distanceKm: 10, durationSec: 3600 }),
    run('2026-11-05', { distanceKm: 6 }),
    run('2026-11-12', { distanceKm: 7 }),
  ];

  it('cautions on a run in the last 7 days >10% longer than the longest of the 30 days before it', () => {
    const long = run('2026-11-18', { distanceKm: 11.1, durationSec: 4000 });
    const [finding] = byRule(evaluate([...usual(), long], TODAY), 'long-run-spike');
    expect(finding).toMatchObject({ level: 'caution', id: 'long-run-spike:2026-11-18', sessionIds: [long.id] });
  });

  it('stays quiet at exactly 10% longer', () => {
    expect(byRule(evaluate([...usual(), run('2026-11-18', { distanceKm: 11 })], TODAY), 'long-run-spike')).toEqual([]);
  });

  it('looks back exactly 30 calendar days, across the October DST change', () => {
    // For a run on 11-18 the 30 days before are 10-19 … 11-17 (10-25 is the DST change).
    const long = run('2026-11-18', { distanceKm: 11.1 });
    const outside = run('2026-10-18', { distanceKm: 20 });
    const inside = run('2026-10-19', { distanceKm: 20 });
    expect(byRule(evaluate([...usual(), outside, long], TODAY), 'long-run-spike')).toHaveLength(1);
    expect(byRule(evaluate([...usual(), inside, long], TODAY), 'long-run-spike')).toEqual([]);
  });

  it('ignores spikes older than 7 days and first-ever runs', () => {
    expect(byRule(evaluate([...usual(), run('2026-11-13', { distanceKm: 12 })], TODAY), 'long-run-spike')).toEqual([]);
    expect(byRule(evaluate([run('2026-11-19', { distanceKm: 21 })], TODAY), 'long-run-spike')).toEqual([]);
  });

  it('does not use week-to-week ratios: a big week of ordinary runs is not a spike', () => {
    const sessions = [
      run('2026-11-02', { distanceKm: 8 }),
      run('2026-11-09', { distanceKm: 8 }),
      ...[6, 5, 3, 1].map((n) => run(ago(TODAY, n), { distanceKm: 8 })),
    ];
    expect(byRule(evaluate(sessions, TODAY), 'long-run-spike')).toEqual([]);
  });
});
