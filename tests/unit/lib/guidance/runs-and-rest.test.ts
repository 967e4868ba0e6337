import { describe, expect, it } from 'vitest';
import { MAX_RUNS_PER_WEEK, MIN_HISTORY_DAYS_FOR_CONSISTENCY, MIN_RUNS_PER_WEEK } from '../../../../src/lib/guidance';
import { ago, byRule, cross, evaluate, rest, routineOnly, run } from './factory';

const TODAY = '2026-11-20'; // a Friday; Monday-start week begins 2026-11-16

describe('runs per week: too many', () => {
  it(`cautions at more than ${MAX_RUNS_PER_WEEK} runs in the last 7 days`, () => {
    const runs = [6, 5, 3, 1, 0].map((n) => run(ago(TODAY, n)));
    const [finding, ...others] = byRule(evaluate(runs, TODAY), 'too-many-runs');
    expect(others).toHaveLength(0);
    expect(finding).toMatchObject({ level: 'caution', id: 'too-many-runs:2026-11-16', dismissible: true });
    expect(finding!.sessionIds).toEqual(runs.map((s) => s.id));
    expect(finding!.body).toContain('5 times');
  });

  it('does not caution at 4 runs in the window, even with a 5th run on the 7th day before today', () => {
    const sessions = [7, 5, 3, 1, 0].map((n) => run(ago(TODAY, n)));
    const findings = evaluate(sessions, TODAY);
    expect(byRule(findings, 'too-many-runs')).toEqual([]);
    expect(byRule(findings, 'few-runs')).toEqual([]);
  });

  it('counts calendar days across the spring DST change (2026-03-29)', () => {
    // Berlin runs at 07:00 local: +01:00 before the change, +02:00 after.
    const sessions = [
      run('2026-03-25', { startedAt: '2026-03-25T06:00:00.000Z' }),
      run('2026-03-26', { startedAt: '2026-03-26T06:00:00.000Z' }),
      run('2026-03-28', { startedAt: '2026-03-28T06:00:00.000Z' }),
      run('2026-03-29', { startedAt: '2026-03-29T05:00:00.000Z' }),
      run('2026-03-31', { startedAt: '2026-03-31T05:00:00.000Z' }),
    ];
    expect(byRule(evaluate(sessions, '2026-03-31'), 'too-many-runs')).toHaveLength(1);
    // One calendar day later the 25th has left the 7-day window: 4 runs, no caution.
    expect(byRule(evaluate(sessions, '2026-04-01'), 'too-many-runs')).toEqual([]);
  });

  it('counts calendar days across the autumn DST change (2026-10-25), by local date not UTC instant', () => {
    const sessions = [
      run('2026-10-21'),
      run('2026-10-22'),
      run('2026-10-24'),
      // 01:30 in Berlin on the 25th (still +02:00) is the 24th in UTC: the local date decides.
      run('2026-10-25', { startedAt: '2026-10-24T23:30:00.000Z' }),
      run('2026-10-27'),
    ];
    expect(byRule(evaluate(sessions, '2026-10-27'), 'too-many-runs')).toHaveLength(1);
    expect(byRule(evaluate(sessions, '2026-10-28'), 'too-many-runs')).toEqual([]);
  });
});

describe('runs per week: too few', () => {
  const firstDay = ago(TODAY, MIN_HISTORY_DAYS_FOR_CONSISTENCY - 1); // history spans exactly 14 days

  it(`gives an info below ${MIN_RUNS_PER_WEEK} runs once the history spans 14 days`, () => {
    const sessions = [routineOnly(firstDay), run(ago(TODAY, 4)), run(ago(TODAY, 1))];
    const [finding] = byRule(evaluate(sessions, TODAY), 'few-runs');
    expect(finding).toMatchObject({ level: 'info', id: 'few-runs:2026-11-16', dismissible: true });
    expect(finding!.body).toContain('twice');
  });

  it('says so plainly when there were no runs at all', () => {
    const [finding] = byRule(evaluate([rest(firstDay)], TODAY), 'few-runs');
    expect(finding!.body).toContain("haven't run");
  });

  it('stays quiet for a runner with only 13 days of history', () => {
    const sessions = [routineOnly(ago(TODAY, 12)), run(ago(TODAY, 4)), run(ago(TODAY, 1))];
    expect(byRule(evaluate(sessions, TODAY), 'few-runs')).toEqual([]);
  });

  it('stays quiet at 3 runs', () => {
    const sessions = [rest(firstDay), run(ago(TODAY, 5)), run(ago(TODAY, 3)), run(ago(TODAY, 1))];
    const findings = evaluate(sessions, TODAY);
    expect(byRule(findings, 'few-runs')).toEqual([]);
    expect(byRule(findings, 'too-many-runs')).toEqual([]);
  });

  it('is held back while severe pain says to take days off', () => {
    const sessions = [rest(firstDay), run(ago(TODAY, 1), { painNow: 8 })];
    const findings = evaluate(sessions, TODAY);
    expect(byRule(findings, 'severe-pain')).toHaveLength(1);
    expect(byRule(findings, 'few-runs')).toEqual([]);
  });
});

describe('no rest day', () => {
  const activeWeek = (today: string) => [6, 5, 4, 3, 2, 1, 0].map((n) => (n % 2 === 0 ? run(ago(today, n)) : cross(ago(today, n))));

  it('cautions when each of the last 7 days had a run or cross-training', () => {
    const sessions = activeWeek(TODAY);
    const [finding] = byRule(evaluate(sessions, TODAY), 'no-rest-day');
    expect(finding).toMatchObject({ level: 'caution', id: 'no-rest-day:2026-11-16' });
    expect(finding!.sessionIds).toHaveLength(7);
  });

  it('counts a day with a rest check-in as a rest day', () => {
    const sessions = [...activeWeek(TODAY).slice(1), rest(ago(TODAY, 6))];
    expect(byRule(evaluate(sessions, TODAY), 'no-rest-day')).toEqual([]);
  });

  it('counts a rest check-in as rest even when other activity was logged that day', () => {
    const sessions = [...activeWeek(TODAY), rest(ago(TODAY, 2))];
    expect(byRule(evaluate(sessions, TODAY), 'no-rest-day')).toEqual([]);
  });

  it('counts a day with nothing logged (or only a routine) as a rest day', () => {
    const sessions = [...activeWeek(TODAY).filter((s) => s.localDate !== ago(TODAY, 3)), routineOnly(ago(TODAY, 3))];
    expect(byRule(evaluate(sessions, TODAY), 'no-rest-day')).toEqual([]);
  });

  it('needs the 7 days to be covered by history', () => {
    const sessions = activeWeek(TODAY).filter((s) => s.localDate !== ago(TODAY, 6));
    expect(byRule(evaluate(sessions, TODAY), 'no-rest-day')).toEqual([]);
  });

  it.each(['2026-03-29', '2026-10-25'])('counts 7 calendar days in a week ending on a DST change (%s)', (today) => {
    expect(byRule(evaluate(activeWeek(today), today), 'no-rest-day')).toHaveLength(1);
    // The next day, a day with no activity enters the window.
    const next = ago(today, -1);
    expect(byRule(evaluate(activeWeek(today), next), 'no-rest-day')).toEqual([]);
  });
});
