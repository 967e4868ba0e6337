// @vitest-environment jsdom
/** The doctor's summary carries the fuller diary: each scored spot with its count, average and highest, and the watch's heart rate and climb. */
import { describe, expect, it } from 'vitest';
import { doctorSummaryHtml } from '../../../../src/lib/guidance/summary';
import type { Session } from '../../../../src/lib/history/types';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { ago, rest, run } from './factory';

const TODAY = '2026-11-20';

function page(sessions: Session[]): Document {
  const html = doctorSummaryHtml(sessions, {
    today: TODAY,
    settings: { ...structuredClone(DEFAULT_SETTINGS), backPainType: 'mechanical' },
  });
  return new DOMParser().parseFromString(html, 'text/html');
}
const text = (doc: Document, selector: string) => (doc.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pain by spot in the doctor’s summary', () => {
  it('lists each scored spot in the check-in’s order with how often, its average and its highest score', () => {
    const doc = page([
      run(ago(TODAY, 1), { spotPain: { 'leg-right': 3, 'lower-back-left': 6 } }),
      rest(ago(TODAY, 3), { spotPain: { 'lower-back-left': 2 } }),
      rest(ago(TODAY, 5), { spotPain: { 'lower-back-left': 5, 'hip-left': 0 } }),
    ]);
    expect(text(doc, '.spots')).toBe(
      'Scored by spot (0–10): Lower back, left: 3 times, average 4.3, highest 6; Hip or buttock, left: once, average 0.0, highest 0; Leg, right: once, average 3.0, highest 3.',
    );
  });

  it('leaves out spots never scored, and the whole line when none was, or when scored before the 8 weeks', () => {
    expect(page([run(ago(TODAY, 1))]).querySelector('.spots')).toBeNull();
    expect(page([rest(ago(TODAY, 70), { spotPain: { 'leg-left': 7 } })]).querySelector('.spots')).toBeNull();
  });
});

describe('heart rate and climb in the doctor’s summary', () => {
  const header = (sessions: Session[]) => text(page(sessions), 'header');

  it('averages the runs that have a heart rate and adds up the climb, saying how many runs each comes from', () => {
    const sessions = [
      run(ago(TODAY, 1), { avgHeartRate: 150, climbM: 120 }),
      run(ago(TODAY, 3), { avgHeartRate: 141, climbM: null }),
      run(ago(TODAY, 5), { avgHeartRate: null, climbM: 35 }),
      run(ago(TODAY, 6)),
    ];
    expect(header(sessions)).toContain('From the run files: average heart rate 146 bpm (2 runs), 155 m climbed (2 runs).');
  });

  it('says only what a file gave, and nothing without one', () => {
    expect(header([run(ago(TODAY, 1), { climbM: 0 })])).toContain('From the run files: 0 m climbed (1 run).');
    expect(header([run(ago(TODAY, 1), { avgHeartRate: 160 })])).toContain('From the run files: average heart rate 160 bpm (1 run).');
    expect(header([run(ago(TODAY, 1))])).not.toContain('From the run files');
  });
});
