// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { GUIDANCE_DISCLAIMER } from '../../../../src/lib/guidance';
import { doctorSummaryHtml, escapeHtml, SUMMARY_MAX_NOTES, SUMMARY_MAX_SYMPTOM_DAYS } from '../../../../src/lib/guidance/summary';
import type { Session } from '../../../../src/lib/history/types';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import type { Settings } from '../../../../src/lib/settings/types';
import { ago, checkInOn, cross, rest, run } from './factory';

// A Friday; with weeks starting on Monday the 8 weeks run from Mon 28 Sep to today.
const TODAY = '2026-11-20';
const FIRST_DAY = '2026-09-28';

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), backPainType: 'mechanical', ...patch };
}

function page(sessions: Session[], patch: Partial<Settings> = {}, today = TODAY): Document {
  return new DOMParser().parseFromString(doctorSummaryHtml(sessions, { today, settings: settings(patch) }), 'text/html');
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A table row's cells, one space apart. */
function cells(tr: Element): string {
  return [...tr.children].map(text).join(' ');
}

/** The section under the heading with this text. */
function section(doc: Document, heading: string): Element {
  const h2 = [...doc.querySelectorAll('h2')].find((h) => text(h) === heading);
  if (!h2) throw new Error(`No section "${heading}" in: ${[...doc.querySelectorAll('h2')].map(text).join(' | ')}`);
  return h2.parentElement!;
}

/** Week rows as [week, runs, distance, average, highest]. */
function weekRows(doc: Document): string[][] {
  return [...section(doc, 'Pain after runs, week by week').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
}

describe('doctorSummaryHtml', () => {
  it('is a complete, self-contained page that forbids scripts and outside resources', () => {
    const html = doctorSummaryHtml([], { today: TODAY, settings: settings() });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).toMatch(/@page\s*{\s*size:\s*A4/);
  });

  it('shows eight weeks of runs, distance and pain after runs, oldest week first', () => {
    const sessions = [
      run(ago(TODAY, 1), { distanceKm: 6, painNow: 4 }), // this week (Thu)
      run(ago(TODAY, 3), { distanceKm: 4.5, painNow: 2 }), // this week (Tue)
      run(ago(TODAY, 9), { distanceKm: 5, painNow: 7 }), // last week
      rest(ago(TODAY, 2), { painNow: 9 }), // not a run: no effect on "after runs"
      cross(ago(TODAY, 4)),
    ];
    const rows = weekRows(page(sessions));
    expect(rows).toHaveLength(8);
    expect(rows[0]![0]).toBe('28 Sep – 4 Oct');
    expect(rows[0]!.slice(1)).toEqual(['0', '–', '–', '–']);
    expect(rows[6]).toEqual(['9 Nov – 15 Nov', '1', '5.0 km', '7.0', '7']);
    expect(rows[7]).toEqual(['16 Nov – 22 Nov (so far)', '2', '10.5 km', '3.0', '4']);
  });

  it('gives distance in the runner’s unit', () => {
    const doc = page([run(ago(TODAY, 1), { distanceKm: 16.09344 })], { distanceUnit: 'mi' });
    expect(weekRows(doc)[7]![2]).toBe('10.0 mi');
    expect(text(doc.querySelector('thead'))).toContain('Distance (mi)');
  });

  it('follows the runner’s week start day', () => {
    const rows = weekRows(page([], { weekStartDay: 0 })); // Sunday
    expect(rows[7]![0]).toBe('15 Nov – 21 Nov (so far)');
    expect(rows[0]![0]).toBe('27 Sep – 3 Oct');
  });

  it('covers only the last 8 weeks up to today', () => {
    const sessions = [
      run('2026-09-27', { note: 'too old', painNow: 9 }),
      run(FIRST_DAY, { note: 'first day in', distanceKm: 3 }),
      run(TODAY, { note: 'today', distanceKm: 2 }),
      run('2026-11-21', { note: 'tomorrow', painNow: 9 }),
      { ...run(TODAY, { note: 'bad date' }), localDate: '2026-13-40' },
    ];
    const doc = page(sessions);
    const rows = weekRows(doc);
    expect(rows[0]!.slice(1, 3)).toEqual(['1', '3.0 km']);
    expect(rows[7]!.slice(1, 3)).toEqual(['1', '2.0 km']);
    const notes = text(section(doc, "The runner's notes"));
    expect(notes).toContain('first day in');
    expect(notes).toContain('today');
    expect(notes).not.toContain('too old');
    expect(notes).not.toContain('tomorrow');
    expect(notes).not.toContain('bad date');
    expect(text(doc.querySelector('.meta'))).toContain('28 Sep 2026 to 20 Nov 2026');
  });

  it('counts pain locations and kinds', () => {
    const doc = page([
      run(ago(TODAY, 1), { locations: ['lower-back', 'hips'], kinds: ['ache'] }),
      run(ago(TODAY, 3), { locations: ['lower-back'], kinds: ['ache', 'stiffness'] }),
      rest(ago(TODAY, 2), { locations: ['lower-back'] }),
    ]);
    const where = [...section(doc, 'Where it hurt').querySelectorAll('tr')].map(cells);
    expect(where).toEqual(['Lower back 3 times', 'Hips or buttocks 1 time']);
    const kind = [...section(doc, 'What kind of pain').querySelectorAll('tr')].map(cells);
    expect(kind).toEqual(['Ache 2 times', 'Stiffness 1 time']);
  });

  it('lists red flags and nerve symptoms with their dates', () => {
    const doc = page([
      checkInOn('2026-11-12', { kinds: ['numbness'] }),
      checkInOn('2026-11-18', { redFlags: ['night-pain'], locations: ['leg'] }),
      run('2026-11-19', { kinds: ['ache'] }),
    ]);
    const items = [...section(doc, 'Red flags and nerve symptoms').querySelectorAll('li')].map(text);
    expect(items).toEqual([
      '18 Nov 2026 Red flag: Severe pain that wakes you at night. Nerve symptoms: Pain down a leg',
      '12 Nov 2026 Nerve symptoms: Numbness or tingling',
    ]);
  });

  it('lists the latest symptom days and counts the earlier ones', () => {
    const sessions = Array.from({ length: SUMMARY_MAX_SYMPTOM_DAYS + 2 }, (_, i) =>
      checkInOn(ago(TODAY, i), { redFlags: ['bladder-bowel', 'night-pain'], kinds: ['numbness', 'shooting'] }),
    );
    const list = section(page(sessions), 'Red flags and nerve symptoms');
    const items = [...list.querySelectorAll('li')].map(text);
    expect(items).toHaveLength(SUMMARY_MAX_SYMPTOM_DAYS);
    expect(items[0]).toBe(
      '20 Nov 2026 Emergency sign (get urgent medical help now): New bladder or bowel trouble. Red flag: Severe pain that wakes you at night. Nerve symptoms: Numbness or tingling; shooting pain down the leg',
    );
    expect(text(list)).toContain('And on 2 earlier days.');
  });

  it('keeps the emergency wording for an emergency sign, in the symptoms and the findings, even once seen', () => {
    const sessions = [checkInOn(ago(TODAY, 40), { redFlags: ['saddle-numbness'] })];
    const doc = page(sessions);
    const [symptom] = [...section(doc, 'Red flags and nerve symptoms').querySelectorAll('li')].map(text);
    expect(symptom).toBe('11 Oct 2026 Emergency sign (get urgent medical help now): Numbness in the groin or saddle area');
    const [finding] = [...section(doc, 'What the app pointed out').querySelectorAll('li')].map(text);
    expect(finding).toMatch(/^Emergency Get urgent medical help now\. You noted numbness in the groin or saddle area\./);
    // Seen by a doctor since: the finding ends, the day's record keeps its wording.
    const html = doctorSummaryHtml(sessions, { today: TODAY, settings: settings(), seenDoctorAt: `${ago(TODAY, 30)}T09:00:00.000Z` });
    const seen = new DOMParser().parseFromString(html, 'text/html');
    expect(text(section(seen, 'What the app pointed out'))).not.toContain('Get urgent medical help now');
    expect(text(section(seen, 'Red flags and nerve symptoms'))).toContain('Emergency sign (get urgent medical help now)');
  });

  it('says plainly when there is nothing to report', () => {
    const doc = page([]);
    expect(text(section(doc, 'Red flags and nerve symptoms'))).toContain('None noted.');
    expect(text(section(doc, 'Where it hurt'))).toContain('None noted.');
    expect(text(doc.body)).toContain('no pain scores after runs');
  });

  it('includes the findings with their level, the back-pain type and the disclaimer once', () => {
    const doc = page([run(ago(TODAY, 1), { painNow: 8 }), checkInOn(ago(TODAY, 2), { redFlags: ['leg-weakness'] })], {
      backPainType: 'structural',
    });
    const findings = [...section(doc, 'What the app pointed out').querySelectorAll('li')].map(text);
    expect(findings[0]).toMatch(/^See a doctor See a doctor soon\. /);
    expect(findings).toContainEqual(expect.stringMatching(/^Caution Take a few days off running\. You rated your back 8/));
    expect(findings).toContainEqual(expect.stringMatching(/^Caution Ask a doctor before running\./));
    expect(text(doc.body)).toContain('Structural: for example a disc problem or scoliosis');
    expect(text(doc.body).split(GUIDANCE_DISCLAIMER)).toHaveLength(2);
  });

  it('says when the back-pain question is unanswered', () => {
    expect(text(page([], { backPainType: null }).body)).toContain('as the runner answered: Not answered');
  });

  it('sums up the period in one line', () => {
    const doc = page([
      run(ago(TODAY, 1), { distanceKm: 6, painNow: 4 }),
      run(ago(TODAY, 10), { distanceKm: 4, painNow: 2 }),
      cross(ago(TODAY, 2), { crossTrainingKind: 'Swimming' }),
      cross(ago(TODAY, 5), { crossTrainingKind: ' swimming ' }), // counted with the above, as first written
      cross(ago(TODAY, 6), { crossTrainingKind: 'cycling' }),
    ]);
    const body = text(doc.body);
    expect(body).toContain('2 runs · 10.0 km · 5 check-ins · 0 guided routines · average pain after runs 3.0 / 10, highest 4 / 10');
    expect(body).toContain('Cross-training: swimming (2), cycling (1)');
  });

  it('gives no distance for runs logged without one, rather than "0.0 km"', () => {
    const doc = page([run(ago(TODAY, 1), { distanceKm: null, painNow: 3 })]);
    const body = text(doc.body);
    expect(body).toContain('1 run · 1 check-in');
    expect(body).not.toContain('0.0 km');
    expect(weekRows(doc).at(-1)!.slice(1, 3)).toEqual(['1', '–']);
  });

  it('escapes everything the runner typed', () => {
    const note = '<script>alert("hi")</script> Tom & Jerry\'s <b>hill</b>';
    const doc = page([run(ago(TODAY, 1), { note }), cross(ago(TODAY, 2), { crossTrainingKind: '<img src=x onerror=alert(1)> & rowing' })]);
    const html = doctorSummaryHtml([run(ago(TODAY, 1), { note })], { today: TODAY, settings: settings() });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s &lt;b&gt;hill&lt;/b&gt;');
    // Read back as a page, the text is exactly what was typed, and made no elements.
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(text(doc.body)).toContain(note);
    expect(text(doc.body)).toContain('Cross-training: <img src=x onerror=alert(1)> & rowing (1)');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps the notes short enough for one page', () => {
    const sessions = Array.from({ length: SUMMARY_MAX_NOTES + 3 }, (_, i) => run(ago(TODAY, i), { note: `note ${i} ${'x'.repeat(400)}` }));
    const notes = section(page(sessions), "The runner's notes");
    const items = [...notes.querySelectorAll('li')].map(text);
    expect(items).toHaveLength(SUMMARY_MAX_NOTES);
    expect(items[0]).toMatch(/^20 Nov 2026 \(Run, pain 0 \/ 10\) note 0 x+…$/);
    expect(items[0]!.length).toBeLessThan(260);
    expect(text(notes)).toContain('3 older notes not shown.');
  });

  it('refuses a today that is not a real date', () => {
    expect(() => doctorSummaryHtml([], { today: '2026-02-30', settings: settings() })).toThrow();
  });
});
