// @vitest-environment jsdom
/**
 * One saddle-numbness check-in, read on every surface that speaks about it: each keeps the
 * emergency words, none falls back to the see-a-doctor-soon wording.
 */
import { describe, expect, it } from 'vitest';
import { planningHelp, todayView } from '../../../../src/lib/guidance';
import { doctorSummaryHtml } from '../../../../src/lib/guidance/summary';
import { EMERGENCY_HEADLINE, redFlagAlert } from '../../../../src/lib/history/red-flags';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { ago, byRule, checkInOn, evaluate } from './factory';

const TODAY = '2026-11-28';
const DOWNGRADE = /as soon as you can|doctor soon|see a doctor first/i;

describe('emergency wording on every surface', () => {
  const checkIn = checkInOn(ago(TODAY, 1), { redFlags: ['saddle-numbness', 'night-pain'] });
  const findings = evaluate([checkIn], TODAY);

  it('the check-in alert and the History session row', () => {
    const alert = redFlagAlert(checkIn.checkIn!.redFlags)!;
    expect(`${alert.headline}. ${alert.advice}`).toMatch(/^Get urgent medical help now\. .*call emergency services now/);
    expect(alert.short).toBe('Emergency: get help now');
    expect(`${alert.headline} ${alert.advice} ${alert.short}`).not.toMatch(DOWNGRADE);
  });

  it('the finding on Home and in History’s Advice, first of all', () => {
    const [emergency] = byRule(findings, 'emergency');
    expect(findings[0]).toBe(emergency);
    expect(emergency).toMatchObject({ level: 'emergency', title: EMERGENCY_HEADLINE, dismissible: false });
    expect(`${emergency!.title} ${emergency!.body}`).not.toMatch(DOWNGRADE);
  });

  it('today’s plan on Home', () => {
    const today = todayView(planningHelp([checkIn], TODAY, 1), findings, 'mechanical');
    expect(today.headline).toBe(EMERGENCY_HEADLINE);
    expect(`${today.headline} ${today.reason}`).not.toMatch(DOWNGRADE);
  });

  it('the doctor summary, in the symptoms and in what the app pointed out', () => {
    const html = doctorSummaryHtml([checkIn], {
      today: TODAY,
      settings: { ...structuredClone(DEFAULT_SETTINGS), backPainType: 'mechanical' },
    });
    const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Emergency sign (get urgent medical help now): Numbness in the groin or saddle area');
    expect(text).toMatch(/Emergency Get urgent medical help now\. You noted numbness in the groin or saddle area\./);
  });
});
