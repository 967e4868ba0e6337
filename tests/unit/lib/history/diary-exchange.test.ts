/**
 * The fuller diary's fields (treatments, painkiller note, pain by spot, heart rate, climb) through
 * the JSON export and import (version 2; a version-1 file still imports, its check-ins with them
 * empty) and the CSV export's columns.
 */
import { describe, expect, it } from 'vitest';
import { csvHeader, sessionsToCsv } from '../../../../src/lib/history/csv';
import { exportHistory, planImport } from '../../../../src/lib/history/exchange';
import type { Session } from '../../../../src/lib/history/types';
import { parseCsv } from '../../../support/csv';
import { checkIn, session } from '../../../support/history';

const treated = session('2026-11-26', {
  checkIn: checkIn({
    treatments: ['painkiller', 'heat'],
    painkillerNote: 'ibuprofen 400, twice',
    spotPain: { 'lower-back-left': 6, 'leg-right': 0 },
    avgHeartRate: 148,
    climbM: 85,
  }),
});
const plain = session('2026-11-25');

describe('JSON export of format 3', () => {
  it('carries every new field and imports back equal', () => {
    const text = JSON.stringify(exportHistory([treated, plain], '2026-11-26T10:00:00.000Z'));
    expect(JSON.parse(text).version).toBe(2);
    const plan = planImport([], text);
    expect(plan).toEqual({ ok: true, toAdd: [treated, plain], alreadyThere: [] });
  });

  it('a version-1 export (before these fields) imports with them empty', () => {
    const { treatments: _t, painkillerNote: _p, spotPain: _s, avgHeartRate: _h, climbM: _c, ...old } = plain.checkIn!;
    const text = JSON.stringify({
      format: 'backstride-history',
      version: 1,
      exportedAt: '2026-11-26T10:00:00.000Z',
      sessions: [{ ...plain, checkIn: old }],
    });
    const plan = planImport([], text);
    expect(plan.ok && plan.toAdd[0]!.checkIn).toEqual({
      ...old,
      treatments: [],
      painkillerNote: '',
      spotPain: {},
      avgHeartRate: null,
      climbM: null,
    });
  });

  it('a version-2 file must have them: a check-in without is refused by name', () => {
    const { treatments: _t, ...missing } = plain.checkIn!;
    const text = JSON.stringify({ ...exportHistory([plain], '2026-11-26T10:00:00.000Z'), sessions: [{ ...plain, checkIn: missing }] });
    const plan = planImport([], text);
    expect(plan.ok ? '' : plan.message).toContain('sessions[0].checkIn.treatments: is required');
  });

  it('refuses a painkiller note without the painkiller, a "__proto__" spot and a score of 11', () => {
    const bad = (c: object) =>
      JSON.stringify({ ...exportHistory([], '2026-11-26T10:00:00.000Z'), sessions: [{ ...plain, checkIn: { ...plain.checkIn, ...c } }] });
    const messageOf = (text: string) => {
      const plan = planImport([], text);
      return plan.ok ? '' : plan.message;
    };
    expect(messageOf(bad({ painkillerNote: 'paracetamol' }))).toContain(
      'sessions[0].checkIn.painkillerNote: is only for a day with Painkiller ticked',
    );
    expect(messageOf(bad({ spotPain: { 'hip-left': 11 } }))).toContain(
      'sessions[0].checkIn.spotPain.hip-left: must be a whole number from 0 to 10',
    );
    // The file walk refuses the key before any schema sees it.
    expect(messageOf(bad({}).replace('"spotPain":{}', '"spotPain":{"__proto__":{"hip-left":3}}'))).toContain('forbidden key "__proto__"');
  });
});

describe('CSV export of format 3', () => {
  it('has a column for treatments, the painkiller note, each spot, heart rate and climb, filled from the check-in', () => {
    const rows = parseCsv(sessionsToCsv([treated, plain], 'km', { timeZone: 'UTC' }));
    const header = csvHeader('km');
    const cell = (row: number, column: string) => rows[row]![header.indexOf(column)];
    expect(header.slice(-12)).toEqual([
      'treatments',
      'painkiller (as written)',
      'pain lower back left',
      'pain lower back right',
      'pain upper back left',
      'pain upper back right',
      'pain hip or buttock left',
      'pain hip or buttock right',
      'pain leg left',
      'pain leg right',
      'average heart rate (bpm)',
      'climb (m)',
    ]);
    // Treatments in the list's order, whatever order they were ticked in.
    expect(cell(1, 'treatments')).toBe('heat; painkiller');
    expect(cell(1, 'painkiller (as written)')).toBe('ibuprofen 400, twice');
    expect(cell(1, 'pain lower back left')).toBe('6');
    expect(cell(1, 'pain leg right')).toBe('0');
    expect(cell(1, 'pain hip or buttock left')).toBe('');
    expect(cell(1, 'average heart rate (bpm)')).toBe('148');
    expect(cell(1, 'climb (m)')).toBe('85');
    expect(rows[2]!.slice(-12)).toEqual(Array(12).fill(''));
  });

  it('a spot scored 0 is told apart from one not scored', () => {
    const s: Session = session('2026-11-26', { checkIn: checkIn({ spotPain: { 'upper-back-right': 0 } }) });
    const row = parseCsv(sessionsToCsv([s], 'km'))[1]!;
    const header = csvHeader('km');
    expect(row[header.indexOf('pain upper back right')]).toBe('0');
    expect(row[header.indexOf('pain upper back left')]).toBe('');
  });
});
