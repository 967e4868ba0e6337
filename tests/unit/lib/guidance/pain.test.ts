import { describe, expect, it } from 'vitest';
import { isWorseAfterRun } from '../../../../src/lib/guidance';
import { addDays } from '../../../../src/lib/history/dates';
import type { PainKind, PainLocation, Session } from '../../../../src/lib/history/types';
import { ago, byRule, checkInOn, cross, evaluate, rest, run } from './factory';

const TODAY = '2026-11-28';

describe('worse after the run', () => {
  it.each([
    [0, 2, true],
    [2, 4, true],
    [3, 4, false], // +33% but 1 point: within the scale's noise
    [1, 2, false], // +100% but 1 point: within the scale's noise
    [0, 1, false],
    [8, 10, true], // 25% but 2 points
    [4, 5, false], // +1, +25%
    [5, 6, false], // +20%
    [7, 9, true],
    [5, 5, false],
    [6, 3, false],
  ])('before %i, after %i → worse: %s', (before, after, expected) => {
    expect(isWorseAfterRun(before, after)).toBe(expected);
  });

  it('gives an info for a recent run that left the back clearly worse', () => {
    const worse = run(ago(TODAY, 2), { painBefore: 2, painNow: 4 });
    const [finding] = byRule(evaluate([run(ago(TODAY, 4)), worse], TODAY), 'worse-after-run');
    expect(finding).toMatchObject({ level: 'info', id: `worse-after-run:${worse.localDate}`, sessionIds: [worse.id] });
  });

  it('stays quiet just below the change (+1 point, 25%)', () => {
    expect(byRule(evaluate([run(ago(TODAY, 2), { painBefore: 4, painNow: 5 })], TODAY), 'worse-after-run')).toEqual([]);
  });

  it('stays quiet for a worse run more than 7 days ago', () => {
    expect(byRule(evaluate([run(ago(TODAY, 7), { painBefore: 1, painNow: 4 })], TODAY), 'worse-after-run')).toEqual([]);
  });

  it('turns into one caution after 3 worse runs in a row', () => {
    const streak = [9, 5, 1].map((n) => run(ago(TODAY, n), { painBefore: 1, painNow: 3 }));
    // A run without both scores neither counts nor breaks the streak.
    const unscored = run(ago(TODAY, 3), { painBefore: null, painNow: 2 });
    const findings = byRule(evaluate([run(ago(TODAY, 12)), ...streak, unscored], TODAY), 'worse-after-run');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      level: 'caution',
      id: `worse-after-run:streak:${ago(TODAY, 9)}`,
      sessionIds: streak.map((s) => s.id),
    });
    expect(findings[0]!.body).toContain('last 3 runs');
  });

  it('keeps the info when the streak is broken by a run that was not worse', () => {
    const sessions = [
      run(ago(TODAY, 9), { painBefore: 1, painNow: 3 }),
      run(ago(TODAY, 5), { painBefore: 2, painNow: 2 }),
      run(ago(TODAY, 3), { painBefore: 1, painNow: 3 }),
      run(ago(TODAY, 1), { painBefore: 1, painNow: 3 }),
    ];
    const findings = byRule(evaluate(sessions, TODAY), 'worse-after-run');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ level: 'info' });
    expect(findings[0]!.sessionIds).toHaveLength(2);
  });
});

describe('severe pain after a run', () => {
  it('cautions for pain of 7 after a run in the last 7 days, with days off, hot/cold, the wheel and rest', () => {
    const bad = run(ago(TODAY, 6), { painNow: 7 });
    const [finding] = byRule(evaluate([bad], TODAY), 'severe-pain');
    expect(finding).toMatchObject({ level: 'caution', id: `severe-pain:${bad.localDate}`, sessionIds: [bad.id] });
    expect(finding!.body).toContain('7 out of 10');
    expect(finding!.body).toMatch(/few days without running/);
    expect(finding!.body).toMatch(/heat or cold/);
    expect(finding!.body).toMatch(/wheel/);
    expect(finding!.body).toMatch(/rest/);
  });

  it('stays quiet at 6 or 7 days ago', () => {
    expect(byRule(evaluate([run(ago(TODAY, 1), { painNow: 6 })], TODAY), 'severe-pain')).toEqual([]);
    expect(byRule(evaluate([run(ago(TODAY, 7), { painNow: 9 })], TODAY), 'severe-pain')).toEqual([]);
    expect(byRule(evaluate([rest(ago(TODAY, 7), { painNow: 9 })], TODAY), 'severe-pain')).toEqual([]);
  });

  it('counts a 9 on a rest day and an 8 on a cross-training day too', () => {
    const restDay = rest(ago(TODAY, 2), { painNow: 9 });
    const [finding] = byRule(evaluate([run(ago(TODAY, 3)), restDay], TODAY), 'severe-pain');
    expect(finding).toMatchObject({ level: 'caution', id: `severe-pain:${restDay.localDate}`, sessionIds: [restDay.id] });
    expect(finding!.body).toContain('9 out of 10');
    expect(byRule(evaluate([cross(ago(TODAY, 1), { painNow: 8 })], TODAY), 'severe-pain')).toHaveLength(1);
  });

  it('counts a pain-before of 7 or more, in a check-in or answered after the warm-up', () => {
    const before = run(ago(TODAY, 1), { painBefore: 7, painNow: 3 });
    expect(byRule(evaluate([before], TODAY), 'severe-pain')[0]).toMatchObject({ sessionIds: [before.id] });
    // Answered after today's warm-up, no check-in yet.
    const [finding] = byRule(evaluate([], TODAY, { painBefore: { localDate: TODAY, pain: 8 } }), 'severe-pain');
    expect(finding).toMatchObject({ id: `severe-pain:${TODAY}`, sessionIds: [] });
    expect(finding!.body).toContain('8 out of 10');
    expect(byRule(evaluate([], TODAY, { painBefore: { localDate: TODAY, pain: 6 } }), 'severe-pain')).toEqual([]);
    expect(byRule(evaluate([], TODAY, { painBefore: { localDate: ago(TODAY, 7), pain: 9 } }), 'severe-pain')).toEqual([]);
  });

  it('ignores out-of-range scores', () => {
    expect(byRule(evaluate([run(ago(TODAY, 1), { painNow: 70 })], TODAY), 'severe-pain')).toEqual([]);
  });
});

describe('persistent pain', () => {
  /** Runs over the last 4 weeks; pain on those from `firstPainful` on (and pain-free on some in between). */
  function runPattern(firstPainful: string): Session[] {
    const plan: Array<[string, number]> = [
      ['2026-11-01', 0],
      ['2026-11-04', 0],
      [firstPainful, 2],
      ['2026-11-10', 2],
      ['2026-11-14', 0],
      ['2026-11-17', 3],
      ['2026-11-21', 2],
      ['2026-11-24', 0],
      ['2026-11-27', 2],
    ];
    return plan.map(([date, pain]) => run(date, { painNow: pain }));
  }

  it('sends to a doctor when most runs hurt for more than three weeks', () => {
    const sessions = runPattern('2026-11-06'); // 11-06 … 11-27 is 22 calendar days
    const [finding] = byRule(evaluate(sessions, TODAY), 'persistent-pain');
    expect(finding).toMatchObject({ level: 'see-doctor', id: 'persistent-pain:2026-11-06', dismissible: true });
    expect(finding!.sessionIds).toHaveLength(5);
    expect(finding!.body).toMatch(/runs/);
  });

  it('stays quiet when the painful runs span exactly three weeks', () => {
    expect(byRule(evaluate(runPattern('2026-11-07'), TODAY), 'persistent-pain')).toEqual([]);
  });

  it('stays quiet when only half of the runs hurt', () => {
    const sessions = [...runPattern('2026-11-06'), run('2026-11-12', { painNow: 0 })];
    expect(byRule(evaluate(sessions, TODAY), 'persistent-pain')).toEqual([]);
  });

  it('sends to a doctor sooner when each of the last 4 runs hurt', () => {
    const runs = [ago(TODAY, 8), ago(TODAY, 6), ago(TODAY, 3), ago(TODAY, 1)].map((d) => run(d, { painNow: 2 }));
    const [finding] = byRule(evaluate([run(ago(TODAY, 10), { painNow: 0 }), ...runs], TODAY), 'persistent-pain');
    expect(finding).toMatchObject({ level: 'see-doctor', id: `persistent-pain:${ago(TODAY, 8)}`, sessionIds: runs.map((r) => r.id) });
    expect(finding!.body).toContain('after each of your last 4 runs');
  });

  it('waits when only 3 runs in a row hurt, or the streak ended more than a week ago', () => {
    const three = [ago(TODAY, 6), ago(TODAY, 3), ago(TODAY, 1)].map((d) => run(d, { painNow: 3 }));
    expect(byRule(evaluate([run(ago(TODAY, 8), { painNow: 0 }), ...three], TODAY), 'persistent-pain')).toEqual([]);
    const old = [ago(TODAY, 14), ago(TODAY, 12), ago(TODAY, 10), ago(TODAY, 8)].map((d) => run(d, { painNow: 3 }));
    expect(byRule(evaluate(old, TODAY), 'persistent-pain')).toEqual([]);
  });

  it('needs at least 3 runs with a pain score to call it a pattern', () => {
    const two = [run('2026-11-05', { painNow: 3 }), run('2026-11-27', { painNow: 3 })];
    expect(byRule(evaluate(two, TODAY), 'persistent-pain')).toEqual([]);
    const three = [...two, run('2026-11-15', { painNow: 2 })];
    expect(byRule(evaluate(three, TODAY), 'persistent-pain')).toHaveLength(1);
  });

  /** Non-run check-ins with pain every 3 days from `start` to `end`. */
  function spell(start: string, end: string, pain = 2): Session[] {
    const out: Session[] = [];
    for (let d = start; d < end; d = addDays(d, 3)) out.push(rest(d, { painNow: pain }));
    out.push(cross(end, { painNow: pain }));
    return out;
  }

  it('sends to a doctor when check-ins report pain for more than three weeks with no pain-free day', () => {
    const [finding] = byRule(evaluate(spell('2026-11-05', '2026-11-26'), TODAY), 'persistent-pain');
    expect(finding).toMatchObject({ level: 'see-doctor', id: 'persistent-pain:2026-11-05' });
    expect(finding!.body).toMatch(/three weeks/);
  });

  it('stays quiet for a spell of exactly three weeks', () => {
    expect(byRule(evaluate(spell('2026-11-06', '2026-11-26'), TODAY), 'persistent-pain')).toEqual([]);
  });

  it('counts the spell in calendar days across the October DST change', () => {
    // 10-10 … 10-31 is 22 calendar days, with 10-25 (25 hours long in Europe) inside.
    expect(byRule(evaluate(spell('2026-10-10', '2026-10-31'), '2026-11-02'), 'persistent-pain')).toHaveLength(1);
    expect(byRule(evaluate(spell('2026-10-11', '2026-10-31'), '2026-11-02'), 'persistent-pain')).toEqual([]);
  });

  it('is broken by a pain-free check-in or by a week with no pain score', () => {
    const painFree = [...spell('2026-11-05', '2026-11-26'), rest('2026-11-15', { painNow: 0 })];
    expect(byRule(evaluate(painFree, TODAY), 'persistent-pain')).toEqual([]);
    const gap = spell('2026-11-05', '2026-11-26').filter((s) => s.localDate < '2026-11-10' || s.localDate > '2026-11-16');
    expect(byRule(evaluate(gap, TODAY), 'persistent-pain')).toEqual([]);
  });

  it('stays quiet when the spell ended more than a week ago', () => {
    expect(byRule(evaluate(spell('2026-10-25', '2026-11-20'), TODAY), 'persistent-pain')).toEqual([]);
  });
});

describe('nerve symptoms', () => {
  it.each<[string, { kinds: PainKind[]; locations: PainLocation[] }, RegExp]>([
    ['numbness', { kinds: ['numbness'], locations: [] }, /numbness or tingling/],
    ['shooting pain', { kinds: ['shooting'], locations: ['lower-back'] }, /down a leg/],
    ['leg pain', { kinds: ['ache'], locations: ['leg'] }, /down a leg/],
  ])('sends to a doctor for %s in the last 14 days', (_name, fields, words) => {
    const s = checkInOn(ago(TODAY, 13), { painNow: 3, ...fields });
    const [finding] = byRule(evaluate([s], TODAY), 'nerve-symptoms');
    expect(finding).toMatchObject({ level: 'see-doctor', id: `nerve-symptoms:${s.localDate}`, sessionIds: [s.id] });
    expect(finding!.body).toMatch(words);
  });

  it('stays quiet 14 days later, or for other kinds and places', () => {
    expect(byRule(evaluate([checkInOn(ago(TODAY, 14), { kinds: ['numbness'] })], TODAY), 'nerve-symptoms')).toEqual([]);
    const other = checkInOn(ago(TODAY, 1), { painNow: 4, kinds: ['ache', 'sharp'], locations: ['lower-back', 'hips'] });
    expect(byRule(evaluate([other], TODAY), 'nerve-symptoms')).toEqual([]);
  });
});

describe('red flags', () => {
  it('sends to a doctor soon, not dismissible, for a red flag in the last 30 days', () => {
    const s = checkInOn(ago(TODAY, 29), { redFlags: ['night-pain', 'leg-weakness'] });
    const [finding] = byRule(evaluate([s], TODAY), 'red-flag');
    expect(finding).toMatchObject({
      level: 'see-doctor',
      id: `red-flag:${s.localDate}`,
      dismissible: false,
      title: 'See a doctor soon',
      sessionIds: [s.id],
    });
    // The check-in's own labels, in the list's order: one wording everywhere.
    expect(finding!.body).toContain('leg weakness that is getting worse and severe pain that wakes you at night');
    expect(byRule(evaluate([s], TODAY), 'emergency')).toEqual([]);
  });

  it('stays quiet for a red flag 30 days ago', () => {
    expect(byRule(evaluate([checkInOn(ago(TODAY, 30), { redFlags: ['cancer-history'] })], TODAY), 'red-flag')).toEqual([]);
  });
});

describe('emergency signs', () => {
  it.each([['saddle-numbness'], ['bladder-bowel'], ['both-legs']] as const)(
    '%s → get urgent medical help now, on top, not dismissible, ended only by being seen',
    (flag) => {
      const s = checkInOn(ago(TODAY, 2), { redFlags: [flag, 'night-pain'] });
      const findings = evaluate([run(ago(TODAY, 1), { painNow: 8 }), s], TODAY);
      expect(findings[0]).toMatchObject({
        rule: 'emergency',
        level: 'emergency',
        title: 'Get urgent medical help now',
        id: `emergency:${s.localDate}`,
        sessionIds: [s.id],
        dismissible: false,
        endsWhenSeen: true,
      });
      expect(findings[0]!.body).toMatch(/go to an emergency department or call emergency services now/);
      // The other flag ticked with it still gets its own see-a-doctor finding, without the emergency sign in it.
      const [other] = byRule(findings, 'red-flag');
      expect(other!.body).toContain('severe pain that wakes you at night');
      expect(other!.body).not.toContain(flag === 'both-legs' ? 'both legs' : flag === 'saddle-numbness' ? 'saddle' : 'bladder');
    },
  );

  it('stays past 30 days, until the runner says a doctor has seen them', () => {
    const s = checkInOn(ago(TODAY, 90), { redFlags: ['saddle-numbness'] });
    expect(byRule(evaluate([s], TODAY), 'emergency')).toHaveLength(1);
    expect(byRule(evaluate([s], TODAY, { seenDoctorAt: null }), 'emergency')).toHaveLength(1);
    const seen = `${ago(TODAY, 80)}T12:00:00.000Z`;
    expect(byRule(evaluate([s], TODAY, { seenDoctorAt: seen }), 'emergency')).toEqual([]);
    // A new emergency check-in after being seen raises it again.
    const again = checkInOn(ago(TODAY, 3), { redFlags: ['bladder-bowel'] });
    const [finding] = byRule(evaluate([s, again], TODAY, { seenDoctorAt: seen }), 'emergency');
    expect(finding).toMatchObject({ sessionIds: [again.id] });
    expect(finding!.body).toContain('new bladder or bowel trouble');
    expect(finding!.body).not.toContain('saddle');
  });
});
