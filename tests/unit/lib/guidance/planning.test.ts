import { describe, expect, it } from 'vitest';
import { planningHelp } from '../../../../src/lib/guidance';
import { ago, cross, rest, run } from './factory';

// Monday-start week 2026-11-16 (Mon) … 2026-11-22 (Sun).
describe('planning help', () => {
  it('suggests a run on a quiet week and reports the 3–4 target', () => {
    const help = planningHelp([run('2026-11-16')], '2026-11-18', 1);
    expect(help).toMatchObject({
      runsThisWeek: 1,
      targetMin: 3,
      targetMax: 4,
      ranYesterday: false,
      restDaysThisWeek: 1, // Tuesday
      suggestionToday: 'run',
    });
    expect(help.reason).toMatch(/once/);
  });

  it('handles an empty history', () => {
    expect(planningHelp([], '2026-11-18', 1)).toMatchObject({ runsThisWeek: 0, restDaysThisWeek: 2, suggestionToday: 'run' });
  });

  it('suggests rest or cross-training after runs yesterday and the day before', () => {
    const help = planningHelp([run('2026-11-16'), run('2026-11-17')], '2026-11-18', 1);
    expect(help).toMatchObject({ ranYesterday: true, suggestionToday: 'rest-or-cross' });
    expect(help.reason).toMatch(/yesterday and the day before/);
  });

  it('still suggests a run after a single run yesterday', () => {
    const help = planningHelp([cross('2026-11-16'), run('2026-11-17')], '2026-11-18', 1);
    expect(help).toMatchObject({ ranYesterday: true, suggestionToday: 'run' });
  });

  it('suggests rest or cross-training once 4 runs are done this week', () => {
    const sessions = ['2026-11-16', '2026-11-18', '2026-11-20'].map((d) => run(d));
    expect(planningHelp(sessions, '2026-11-21', 1).suggestionToday).toBe('run');
    const help = planningHelp([...sessions, run('2026-11-21')], '2026-11-22', 1);
    expect(help).toMatchObject({ runsThisWeek: 4, suggestionToday: 'rest-or-cross' });
    expect(help.reason).toMatch(/4 times/);
  });

  it('suggests rest late in the week when there has been no rest day yet', () => {
    const active = [run('2026-11-16'), cross('2026-11-17'), run('2026-11-18'), cross('2026-11-19'), run('2026-11-20')];
    // Saturday, 2 days left: rest.
    const sat = planningHelp(active, '2026-11-21', 1);
    expect(sat).toMatchObject({ restDaysThisWeek: 0, suggestionToday: 'rest' });
    expect(sat.reason).toMatch(/rest day/);
    // Friday, 3 days left: a run is still fine.
    expect(planningHelp(active.slice(0, 4), '2026-11-20', 1)).toMatchObject({ restDaysThisWeek: 0, suggestionToday: 'run' });
  });

  it('counts a rest check-in today as this week’s rest day', () => {
    const active = [run('2026-11-16'), cross('2026-11-17'), run('2026-11-18'), cross('2026-11-19'), run('2026-11-20')];
    expect(planningHelp([...active, rest('2026-11-21')], '2026-11-21', 1).restDaysThisWeek).toBe(1);
  });

  it('suggests rest for a few days after severe pain', () => {
    const today = '2026-11-19';
    expect(planningHelp([run(ago(today, 2), { painNow: 7 })], today, 1).suggestionToday).toBe('rest');
    expect(planningHelp([run(ago(today, 3), { painNow: 7 })], today, 1).suggestionToday).toBe('run');
  });

  it('suggests rest after a pain-before of 8 answered after today’s warm-up, or a 9 on a rest day', () => {
    const today = '2026-11-19';
    const answered = planningHelp([], today, 1, { localDate: today, pain: 8 });
    expect(answered.suggestionToday).toBe('rest');
    expect(answered.reason).toMatch(/few days off running/);
    expect(planningHelp([], today, 1, { localDate: today, pain: 6 }).suggestionToday).toBe('run');
    expect(planningHelp([run(ago(today, 1), { painBefore: 8, painNow: 2 })], today, 1).suggestionToday).toBe('rest');
    expect(planningHelp([rest(ago(today, 1), { painNow: 9 })], today, 1).suggestionToday).toBe('rest');
  });

  it('suggests no second run on a day already run', () => {
    expect(planningHelp([run('2026-11-18')], '2026-11-18', 1).suggestionToday).toBe('rest-or-cross');
  });

  it('uses the runner’s week start day', () => {
    const sessions = [run('2026-11-15'), run('2026-11-17')]; // Sunday and Tuesday
    expect(planningHelp(sessions, '2026-11-18', 1).runsThisWeek).toBe(1);
    expect(planningHelp(sessions, '2026-11-18', 0).runsThisWeek).toBe(2);
  });

  it('counts calendar days in a week that contains the spring DST change', () => {
    // Week 2026-03-23 (Mon) … 2026-03-29 (Sun, clocks change); six active days so far.
    const sessions = [
      run('2026-03-23'),
      cross('2026-03-24'),
      run('2026-03-25'),
      cross('2026-03-26'),
      run('2026-03-27'),
      cross('2026-03-28'),
    ];
    expect(planningHelp(sessions, '2026-03-29', 1)).toMatchObject({ runsThisWeek: 3, restDaysThisWeek: 0, suggestionToday: 'rest' });
    // Next day is a new week.
    expect(planningHelp(sessions, '2026-03-30', 1)).toMatchObject({ runsThisWeek: 0, suggestionToday: 'run' });
  });
});
