// @vitest-environment jsdom
/** The doctor's summary says what was done for the back, by days, with painkiller names exactly as typed and nothing added. */
import { describe, expect, it } from 'vitest';
import { doctorSummaryHtml } from '../../../../src/lib/guidance/summary';
import { treatmentsLine, treatmentsNoted } from '../../../../src/lib/guidance/summary/treatments';
import type { Session } from '../../../../src/lib/history/types';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { checkIn } from '../../../support/history';
import { ago, rest, run } from './factory';

const TODAY = '2026-11-20';

function header(sessions: Session[]): string {
  const html = doctorSummaryHtml(sessions, {
    today: TODAY,
    settings: { ...structuredClone(DEFAULT_SETTINGS), backPainType: 'mechanical' },
  });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.querySelector('header')?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('treatments in the doctor’s summary', () => {
  it('counts days, not check-ins, in the check-in’s order, with the painkiller names as written', () => {
    const sessions = [
      run(ago(TODAY, 1), { treatments: ['painkiller', 'heat'], painkillerNote: 'Ibuprofen 400 mg' }),
      rest(ago(TODAY, 1), { treatments: ['heat'] }), // a second check-in the same day: still one day of heat
      rest(ago(TODAY, 3), { treatments: ['heat', 'wheel'] }),
      rest(ago(TODAY, 5), { treatments: ['heat', 'painkiller'], painkillerNote: 'ibuprofen 400 MG' }),
      run(ago(TODAY, 6), { treatments: ['heat', 'painkiller'], painkillerNote: 'paracetamol' }),
      rest(ago(TODAY, 7), { treatments: ['physio', 'painkiller'] }),
    ];
    expect(header(sessions)).toContain(
      'Treatments noted: heat on 4 days, the wheel on 1 day, painkiller on 4 days ' +
        '(names as written: paracetamol; ibuprofen 400 MG), physiotherapy on 1 day.',
    );
  });

  it('gives no line when nothing was noted, and no names line when no name was typed', () => {
    expect(header([run(ago(TODAY, 1))])).not.toContain('Treatments noted');
    expect(header([rest(ago(TODAY, 2), { treatments: ['painkiller'] })])).toContain('Treatments noted: painkiller on 1 day.');
  });

  it('leaves out what is older than the summary’s eight weeks', () => {
    expect(header([rest(ago(TODAY, 80), { treatments: ['ice'] })])).not.toContain('Treatments noted');
  });

  it('escapes a typed name and adds no word about the medicine', () => {
    const name = '<b>co-codamol</b> 30/500 & more';
    const text = header([rest(ago(TODAY, 1), { treatments: ['painkiller'], painkillerNote: name })]);
    expect(text).toContain(`Treatments noted: painkiller on 1 day (names as written: ${name}).`);
    const line = text.slice(text.indexOf('Treatments noted'));
    expect(line).not.toMatch(/dose|safe|warning|avoid|maximum|doctor|advice/i);
  });

  it('shows six names at most and counts the rest', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n) => `pill ${n}`);
    const noted = treatmentsNoted(
      names.map((n, i) => ({ localDate: `2026-11-0${i + 1}`, checkIn: checkIn({ treatments: ['painkiller'], painkillerNote: n }) })),
    );
    expect(treatmentsLine(noted)).toBe(
      'Treatments noted: painkiller on 8 days (names as written: pill a; pill b; pill c; pill d; pill e; pill f; and 2 more).',
    );
  });
});
