import { describe, expect, it } from 'vitest';
import { afterWarmUp, BEFORE_YOU_HEAD_OUT } from '../../../../src/lib/guidance/after-warm-up';
import { RUNNING_TIPS } from '../../../../src/lib/guidance/tips';

describe('after the warm-up', () => {
  it('says plainly that a run is not advised at a pain-before of 8, and never "Have a good run!"', () => {
    const view = afterWarmUp(8);
    expect(view).toMatchObject({ kind: 'hold-back', headline: 'A run today is not advised' });
    expect(JSON.stringify(view)).not.toContain('good run');
    if (view.kind === 'hold-back') expect(view.reason).toMatch(/8 out of 10.*few days off running/);
    expect(afterWarmUp(7).kind).toBe('hold-back');
  });

  it('wishes a good run below 7, or when skipped, with the before-you-head-out list', () => {
    for (const pain of [0, 6, null])
      expect(afterWarmUp(pain)).toEqual({ kind: 'go', headline: 'Have a good run!', list: BEFORE_YOU_HEAD_OUT });
    expect(BEFORE_YOU_HEAD_OUT.join(' ')).toMatch(/eaten.*drink/);
    expect(BEFORE_YOU_HEAD_OUT.join(' ')).toMatch(/shoes.*doctor or physio/);
  });

  it('gives the article’s missing tips once in Advice: shoes, form with a coach, eating and drinking', () => {
    const text = RUNNING_TIPS.map((t) => `${t.title} ${t.body}`).join(' ');
    expect(text).toMatch(/shoes.*doctor or physio/i);
    expect(text).toMatch(/running coach/);
    expect(text).toMatch(/eat.*drink/);
    expect(RUNNING_TIPS).toHaveLength(3);
  });
});
