/** What Home says about today, word for word, and the order findings are read in. */
import { describe, expect, it } from 'vitest';
import { compareFindings, planningHelp, todayView } from '../../../../src/lib/guidance';
import type { Finding, PlanningHelp } from '../../../../src/lib/guidance';
import { cross, rest, run } from './factory';

// Monday-start week 2026-11-16 (Mon) … 2026-11-22 (Sun).
describe('planning help, in words', () => {
  it('counts the week’s runs towards 3–4 in the reason for a run', () => {
    const reason = (dates: string[], today: string) =>
      planningHelp(
        dates.map((d) => run(d)),
        today,
        1,
      ).reason;
    expect(reason([], '2026-11-18')).toBe('No run yet this week (since Monday), so a run today starts you towards 3–4.');
    expect(reason(['2026-11-16'], '2026-11-18')).toBe("You've run once this week (since Monday), so a run today helps you reach 3–4.");
    expect(reason(['2026-11-16', '2026-11-18'], '2026-11-20')).toBe(
      "You've run twice this week (since Monday), so a run today helps you reach 3–4.",
    );
    expect(reason(['2026-11-16', '2026-11-18', '2026-11-20'], '2026-11-22')).toBe(
      "You've run 3 times this week (since Monday); one more run fits the 3–4 target if your back feels good.",
    );
  });

  it('says why not to run twice in a day', () => {
    expect(planningHelp([run('2026-11-18')], '2026-11-18', 1).reason).toBe(
      "You've already run today; if you want more, try some easy cross-training instead.",
    );
  });

  it('counts each rest day once, and a cross-training day today as no rest', () => {
    expect(planningHelp([run('2026-11-16'), rest('2026-11-17')], '2026-11-18', 1).restDaysThisWeek).toBe(1);
    const active = [run('2026-11-16'), cross('2026-11-17'), run('2026-11-18'), cross('2026-11-19'), run('2026-11-20')];
    expect(planningHelp([...active, cross('2026-11-21')], '2026-11-21', 1)).toMatchObject({ restDaysThisWeek: 0, suggestionToday: 'rest' });
  });

  it('needs no second rest day late in the week', () => {
    const withRest = [run('2026-11-16'), rest('2026-11-17'), run('2026-11-18'), cross('2026-11-19'), run('2026-11-20')];
    expect(planningHelp(withRest, '2026-11-21', 1)).toMatchObject({ restDaysThisWeek: 1, suggestionToday: 'run' });
  });
});

describe('today on Home, word for word', () => {
  const plan: PlanningHelp = {
    runsThisWeek: 1,
    targetMin: 3,
    targetMax: 4,
    ranYesterday: false,
    restDaysThisWeek: 1,
    suggestionToday: 'run',
    reason: 'Because.',
  };
  const finding = (rule: Finding['rule'], level: Finding['level'], id = `${rule}:2026-11-25`): Finding => ({
    id,
    rule,
    level,
    title: rule,
    body: '…',
    sessionIds: [],
    dismissible: level !== 'emergency',
  });

  it('keeps the urgent words for an emergency sign and the doctor’s for a red flag', () => {
    expect(todayView(plan, [finding('emergency', 'emergency')], 'mechanical')).toEqual({
      kind: 'see-doctor',
      headline: 'Get urgent medical help now',
      reason: 'You noted a sign that can be an emergency. Get medical help now; running can wait.',
    });
    expect(todayView(plan, [finding('red-flag', 'see-doctor')], 'mechanical')).toEqual({
      kind: 'see-doctor',
      headline: 'See a doctor first',
      reason: 'You noted a symptom that needs a doctor. Have it checked before you run again.',
    });
  });

  it('leaves the plan as it is for other findings, even one that sends to a doctor', () => {
    expect(todayView(plan, [finding('nerve-symptoms', 'see-doctor'), finding('long-run-spike', 'caution')], 'mechanical')).toEqual({
      kind: 'run',
      headline: 'A good day for a run',
      reason: 'Because.',
    });
    expect(todayView(plan, [], 'structural')).toEqual({ kind: 'run', headline: 'A run, if your doctor agrees', reason: 'Because.' });
  });
});

describe('the order findings are read in', () => {
  const f = (rule: Finding['rule'], level: Finding['level'], id: string): Finding => ({
    id,
    rule,
    level,
    title: '',
    body: '',
    sessionIds: [],
    dismissible: true,
  });
  it('puts emergencies first, then red flags, the other doctor findings, cautions and infos; by rule, then id', () => {
    const ordered = [
      f('emergency', 'emergency', 'emergency:2026-11-01'),
      f('red-flag', 'see-doctor', 'red-flag:2026-11-20'),
      f('nerve-symptoms', 'see-doctor', 'nerve-symptoms:2026-11-02'),
      f('persistent-pain', 'see-doctor', 'persistent-pain:2026-11-03'),
      f('severe-pain', 'caution', 'severe-pain:2026-11-04'),
      f('long-run-spike', 'caution', 'long-run-spike:2026-11-05'),
      f('long-run-spike', 'caution', 'long-run-spike:2026-11-06'),
      f('worse-after-run', 'info', 'worse-after-run:2026-11-07'),
      f('few-runs', 'info', 'few-runs:2026-11-08'),
    ];
    const shuffled = [
      ordered[6],
      ordered[8],
      ordered[1],
      ordered[4],
      ordered[0],
      ordered[7],
      ordered[3],
      ordered[5],
      ordered[2],
    ] as Finding[];
    expect([...shuffled].sort(compareFindings).map((x) => x.id)).toEqual(ordered.map((x) => x.id));
    expect(
      [...shuffled]
        .reverse()
        .sort(compareFindings)
        .map((x) => x.id),
    ).toEqual(ordered.map((x) => x.id));
  });
});
