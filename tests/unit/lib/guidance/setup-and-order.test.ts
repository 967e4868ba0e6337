import { describe, expect, it } from 'vitest';
import { GUIDANCE_DISCLAIMER, RULE_IDS, compareFindings, evaluateGuidance } from '../../../../src/lib/guidance';
import type { Finding } from '../../../../src/lib/guidance';
import { ago, byRule, checkInOn, evaluate, rest, run } from './factory';

const TODAY = '2026-11-20';

describe('back pain type from the setup', () => {
  it('cautions to ask a doctor before running for structural pain', () => {
    const [finding] = byRule(evaluate([], TODAY, { backPainType: 'structural' }), 'back-pain-type');
    expect(finding).toMatchObject({ level: 'caution', id: 'back-pain-type:structural', sessionIds: [] });
    expect(finding!.body).toMatch(/doctor/);
  });

  it('suggests asking a doctor when the type is unknown', () => {
    const [finding] = byRule(evaluate([], TODAY, { backPainType: 'unknown' }), 'back-pain-type');
    expect(finding).toMatchObject({ level: 'info', id: 'back-pain-type:unknown' });
    expect(finding!.body).toMatch(/doctor/);
  });

  it('welcomes a mechanical-pain runner while there are fewer than 3 check-ins', () => {
    const two = [run(ago(TODAY, 2)), rest(ago(TODAY, 1))];
    const [finding] = byRule(evaluate(two, TODAY, { backPainType: 'mechanical' }), 'back-pain-type');
    expect(finding).toMatchObject({ level: 'info', id: 'back-pain-type:mechanical' });
    expect(finding!.body).toMatch(/core/);
    const three = [...two, run(TODAY)];
    expect(byRule(evaluate(three, TODAY, { backPainType: 'mechanical' }), 'back-pain-type')).toEqual([]);
  });

  it('says nothing while the setup is unanswered', () => {
    expect(evaluate([], TODAY, { backPainType: null })).toEqual([]);
  });

  it('does not nudge for more runs when the type is structural', () => {
    const sessions = [rest(ago(TODAY, 20)), run(ago(TODAY, 2))];
    expect(byRule(evaluate(sessions, TODAY), 'few-runs')).toHaveLength(1);
    expect(byRule(evaluate(sessions, TODAY, { backPainType: 'structural' }), 'few-runs')).toEqual([]);
  });
});

describe('ordering', () => {
  it('puts the red flag first, then see-doctor, caution and info', () => {
    const sessions = [
      rest(ago(TODAY, 20)),
      run(ago(TODAY, 5), { painNow: 8 }), // severe → caution
      checkInOn(ago(TODAY, 3), { kinds: ['numbness'] }), // nerve → see-doctor
      run(ago(TODAY, 2), { painBefore: 1, painNow: 3 }), // worse after → info
      checkInOn(ago(TODAY, 1), { redFlags: ['fever-weight-loss'] }), // red flag
    ];
    const findings = evaluate(sessions, TODAY, { backPainType: 'unknown' });
    expect(findings.map((f) => f.rule)).toEqual(['red-flag', 'nerve-symptoms', 'severe-pain', 'worse-after-run', 'back-pain-type']);
    expect(findings.map((f) => f.level)).toEqual(['see-doctor', 'see-doctor', 'caution', 'info', 'info']);
  });

  it('ranks a red flag above any other see-doctor finding whatever the input order', () => {
    const make = (rule: Finding['rule'], level: Finding['level']): Finding => ({
      id: rule,
      rule,
      level,
      title: '',
      body: '',
      sessionIds: [],
      dismissible: rule !== 'red-flag' && rule !== 'emergency',
    });
    const list = [
      make('few-runs', 'info'),
      make('persistent-pain', 'see-doctor'),
      make('too-many-runs', 'caution'),
      make('red-flag', 'see-doctor'),
      make('emergency', 'emergency'),
    ];
    expect([...list].sort(compareFindings).map((f) => f.rule)).toEqual([
      'emergency',
      'red-flag',
      'persistent-pain',
      'too-many-runs',
      'few-runs',
    ]);
    expect(RULE_IDS.slice(0, 2)).toEqual(['emergency', 'red-flag']);
  });
});

describe('evaluateGuidance input handling', () => {
  it('ignores sessions after today and sessions with a malformed local date', () => {
    const future = run(ago(TODAY, -1), { painNow: 9 });
    const broken = { ...run(TODAY, { painNow: 9 }), localDate: '2026-11-31' };
    expect(evaluate([future, broken], TODAY)).toEqual([]);
  });

  it('rejects an impossible today', () => {
    expect(() => evaluateGuidance([], { today: '2026-02-30', backPainType: null, weekStartDay: 1 })).toThrow();
  });

  it('gives the same findings for the same history in any order', () => {
    const sessions = [run(ago(TODAY, 6)), run(ago(TODAY, 4), { painNow: 7 }), run(ago(TODAY, 2)), run(ago(TODAY, 1)), run(TODAY)];
    expect(evaluate([...sessions].reverse(), TODAY)).toEqual(evaluate(sessions, TODAY));
  });
});

describe('disclaimer', () => {
  it('is one plain sentence saying it is not a diagnosis and to see a doctor', () => {
    expect(GUIDANCE_DISCLAIMER).toMatch(/not a diagnosis/);
    expect(GUIDANCE_DISCLAIMER).toMatch(/doctor/);
    expect(GUIDANCE_DISCLAIMER.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
