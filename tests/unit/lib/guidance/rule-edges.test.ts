/**
 * The guidance rules at their edges: each threshold exactly at its value, the words and levels a
 * runner reads, and the records that must neither count nor break a pattern.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/lib/history/dates';
import type { Session } from '../../../../src/lib/history/types';
import { ago, byRule, checkInOn, evaluate, rest, run } from './factory';

const TODAY = '2026-11-28';

describe('distance and speed both up, at the thresholds', () => {
  /** 4 baseline weeks of 3 × 5 km at 6:00/km: 15 km a week at 360 s/km. */
  const baseline = (): Session[] => {
    const start = ago(TODAY, 6 + 28);
    return Array.from({ length: 4 }, (_, w) => [0, 2, 4].map((d) => run(addDays(start, 7 * w + d)))).flat();
  };
  const thisWeek = (kmEach: number, secPerKm: number) =>
    [6, 4, 2, 0].map((n) => run(ago(TODAY, n), { distanceKm: kmEach, durationSec: kmEach * secPerKm }));
  const finding = (sessions: Session[]) => byRule(evaluate(sessions, TODAY), 'distance-and-speed');

  it('needs distance more than 10% up: exactly 10% (16.5 km on 15) is not', () => {
    expect(finding([...baseline(), ...thisWeek(4.125, 340)])).toEqual([]);
    expect(finding([...baseline(), ...thisWeek(4.13, 340)])).toHaveLength(1);
  });

  it('needs pace more than 3% faster: exactly 3% (5:49.2 on 6:00) is not', () => {
    expect(finding([...baseline(), ...thisWeek(4.2, 349.2)])).toEqual([]);
    expect(finding([...baseline(), ...thisWeek(4.2, 349)])).toHaveLength(1);
  });

  it('takes pace from timed runs only, and lists every run with a distance', () => {
    const timed = thisWeek(4.2, 340);
    const untimed = run(ago(TODAY, 1), { distanceKm: 3, durationSec: null });
    const noDistance = run(ago(TODAY, 3), { distanceKm: null, durationSec: 1200 });
    const [caution] = finding([...baseline(), ...timed, untimed, noDistance]);
    expect(caution).toMatchObject({
      level: 'caution',
      title: 'Raise one at a time',
      dismissible: true,
      body: 'This week you ran both farther and faster than in the weeks before. Build up either distance or speed, not both at once, to go easier on your back.',
    });
    expect(caution!.sessionIds).toEqual([timed[0]!.id, timed[1]!.id, timed[2]!.id, untimed.id, timed[3]!.id]);
  });

  it('stays quiet when no run of this week or of the baseline has a time', () => {
    expect(finding([...baseline(), ...thisWeek(4.2, 340).map((s) => ({ ...s, checkIn: { ...s.checkIn!, durationSec: null } }))])).toEqual(
      [],
    );
    const untimedBase = baseline().map((s) => ({ ...s, checkIn: { ...s.checkIn!, durationSec: null } }));
    expect(finding([...untimedBase, ...thisWeek(4.2, 340)])).toEqual([]);
  });

  it('stays quiet after baseline weeks with no distance at all', () => {
    const start = ago(TODAY, 6 + 28);
    const noDistance = Array.from({ length: 4 }, (_, w) => run(addDays(start, 7 * w), { distanceKm: null }));
    expect(finding([...noDistance, ...thisWeek(4.2, 340)])).toEqual([]);
  });
});

describe('one run much longer, what it counts', () => {
  it('compares with the longest run of a day that had two, and ignores runs without a distance', () => {
    const sessions = [
      run('2026-11-10', { distanceKm: 5 }),
      run('2026-11-10', { distanceKm: 9 }),
      run('2026-11-12', { distanceKm: null, durationSec: 7200 }),
      run(ago(TODAY, 1), { distanceKm: 9.9 }),
    ];
    expect(byRule(evaluate(sessions, TODAY), 'long-run-spike')).toEqual([]);
    const [spike] = byRule(evaluate([...sessions, run(ago(TODAY, 0), { distanceKm: 11 })], TODAY), 'long-run-spike');
    expect(spike).toMatchObject({ level: 'caution', title: 'One run was much longer', dismissible: true, id: `long-run-spike:${TODAY}` });
    expect(spike!.body).toMatch(/^A run this week was more than 10% longer than your longest run in the month before it\./);
  });
});

describe('persistent pain, at its edges', () => {
  it('counts a pain of 1 as pain: a spell of 1s for more than three weeks sends to a doctor, of 0s does not', () => {
    const spell = (pain: number) => Array.from({ length: 8 }, (_, i) => rest(addDays('2026-11-05', 3 * i), { painNow: pain }));
    expect(byRule(evaluate(spell(1), TODAY), 'persistent-pain')).toHaveLength(1);
    expect(byRule(evaluate(spell(0), TODAY), 'persistent-pain')).toEqual([]);
  });

  it('dates the finding from whichever pattern started first, and lists both patterns’ days', () => {
    // Painful runs from 4 November (24 days to the 27th), and painful rest days from the 2nd.
    const runs = ['2026-11-04', '2026-11-08', '2026-11-12', '2026-11-16', '2026-11-20', '2026-11-24', '2026-11-27'].map((d) =>
      run(d, { painNow: 2 }),
    );
    const rests = Array.from({ length: 7 }, (_, i) => rest(addDays('2026-11-02', 4 * i), { painNow: 3 }));
    const [finding] = byRule(evaluate([...runs, ...rests], TODAY), 'persistent-pain');
    expect(finding).toMatchObject({
      id: 'persistent-pain:2026-11-02',
      level: 'see-doctor',
      title: 'Time to see a doctor',
      dismissible: true,
    });
    expect(new Set(finding!.sessionIds)).toEqual(new Set([...runs, ...rests].map((s) => s.id)));
    expect(finding!.body).toMatch(/^Most of your runs over the past few weeks have left your back sore\./);
  });

  it('says the every-run pattern in its own words', () => {
    const runs = [ago(TODAY, 8), ago(TODAY, 6), ago(TODAY, 3), ago(TODAY, 1)].map((d) => run(d, { painNow: 2 }));
    const [finding] = byRule(evaluate(runs, TODAY), 'persistent-pain');
    expect(finding).toMatchObject({ title: 'Time to see a doctor', dismissible: true, level: 'see-doctor' });
    expect(finding!.body).toBe(
      'Your back hurt after each of your last 4 runs. Pain that comes back after every run is worth showing a doctor, so book a visit and go easy until then.',
    );
  });
});

describe('nerve symptoms, in words', () => {
  it('names only what was noted', () => {
    const words = (fields: Parameters<typeof checkInOn>[1]) =>
      byRule(evaluate([checkInOn(ago(TODAY, 2), { painNow: 2, ...fields })], TODAY), 'nerve-symptoms')[0]!.body.split('. ')[0];
    expect(words({ kinds: ['numbness'] })).toBe('In the last two weeks you noted numbness or tingling');
    expect(words({ kinds: ['shooting'] })).toBe('In the last two weeks you noted pain going down a leg');
    expect(words({ locations: ['leg'] })).toBe('In the last two weeks you noted pain going down a leg');
  });

  it('names both numbness and leg pain when both were noted, and lists each day', () => {
    const numb = checkInOn(ago(TODAY, 10), { painNow: 2, kinds: ['numbness'] });
    const other = checkInOn(ago(TODAY, 6), { painNow: 2, kinds: ['ache'], locations: ['lower-back'] });
    const leg = checkInOn(ago(TODAY, 3), { painNow: 3, locations: ['leg'] });
    const [finding] = byRule(evaluate([numb, other, leg], TODAY), 'nerve-symptoms');
    expect(finding).toEqual({
      id: `nerve-symptoms:${leg.localDate}`,
      rule: 'nerve-symptoms',
      level: 'see-doctor',
      title: 'Get nerve symptoms checked',
      body: 'In the last two weeks you noted numbness or tingling, and pain going down a leg. That can mean a nerve is irritated, so see a doctor before you build up your running.',
      sessionIds: [numb.id, leg.id],
      dismissible: true,
    });
  });
});

describe('worse after the run, what counts', () => {
  const worse = (n: number) => run(ago(TODAY, n), { painBefore: 1, painNow: 4 });

  it('cautions when every run with both scores so far was worse, the first-ever one included', () => {
    const streak = [worse(5), worse(3), worse(1)];
    const [finding] = byRule(evaluate(streak, TODAY), 'worse-after-run');
    expect(finding).toMatchObject({
      level: 'caution',
      title: 'Runs keep making it worse',
      dismissible: true,
      sessionIds: streak.map((s) => s.id),
      body: 'Your back felt clearly worse after each of your last 3 runs. Try shorter, easier runs for a while, and ask a doctor if it keeps happening.',
    });
  });

  it('neither counts nor breaks a streak with a run that lacks a score', () => {
    const unscored = run(ago(TODAY, 4), { painBefore: null, painNow: 1 });
    const [finding] = byRule(evaluate([worse(6), worse(5), unscored, worse(2)], TODAY), 'worse-after-run');
    expect(finding).toMatchObject({ level: 'caution' });
    expect(finding!.sessionIds).not.toContain(unscored.id);
    expect(finding!.sessionIds).toHaveLength(3);
  });

  it('says one run or several in the info', () => {
    const fine = run(ago(TODAY, 4), { painBefore: 2, painNow: 2 });
    const [one] = byRule(evaluate([fine, worse(2)], TODAY), 'worse-after-run');
    expect(one).toMatchObject({ level: 'info', title: 'Sore after a run', dismissible: true });
    expect(one!.body).toBe(
      'Your back felt clearly worse after a run in the last 7 days. Think about what was different that day, and take the next run a little easier.',
    );
    const [two] = byRule(evaluate([worse(5), fine, worse(2)], TODAY), 'worse-after-run');
    expect(two!.body).toBe(
      'Your back felt clearly worse after 2 runs in the last 7 days. Think about what those runs had in common, and take the next one a little easier.',
    );
  });
});
