import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvHeader, sessionsToCsv } from '../../../../src/lib/history/csv';
import { checkIn, routineRun, session } from '../../../support/history';
import { manySessions } from './fixtures';
import { parseCsv } from '../../../support/csv';

const HEADER = [
  'date',
  'start time',
  'day type',
  'cross-training kind',
  'routine',
  'routine phase',
  'steps done',
  'steps skipped',
  'active minutes',
  'pain before',
  'pain after',
  'locations',
  'kinds',
  'red flags',
  'distance (km)',
  'duration (h:mm:ss)',
  'pace (min/km)',
  'note',
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
];
/** The cells of a check-in with no treatment, spot score, heart rate or climb. */
const NO_DIARY = Array<string>(12).fill('');

describe('sessionsToCsv', () => {
  const full = session('2026-11-26', {
    startedAt: '2026-11-26T07:05:00+01:00',
    routine: routineRun({ routineName: 'Morning warm-up', phase: 'before', stepsDone: 8, stepsSkipped: 1, activeMs: 545_000 }),
    checkIn: checkIn({
      painBefore: 3,
      painNow: 2,
      locations: ['lower-back', 'hips'],
      kinds: ['ache', 'stiffness'],
      redFlags: ['night-pain'],
      distanceKm: 10,
      durationSec: 3909,
      note: 'easy',
    }),
  });
  const routineOnly = session('2026-11-25', {
    startedAt: '2026-11-25T18:00:00.000Z',
    checkIn: null,
    routine: routineRun({ phase: 'after' }),
  });

  it('writes a header row and one row per session with CRLF line ends', () => {
    const csv = sessionsToCsv([full, routineOnly], 'km', { timeZone: 'UTC' });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(HEADER);
    expect(csvHeader('km')).toEqual(HEADER);
    expect(rows[1]).toEqual([
      '2026-11-26',
      '07:05',
      'run',
      '',
      'Morning warm-up',
      'before',
      '8',
      '1',
      '9.1',
      '3',
      '2',
      'lower-back; hips',
      'ache; stiffness',
      'night-pain',
      '10',
      '1:05:09',
      '6:31',
      'easy',
      ...NO_DIARY,
    ]);
    expect(rows[2]).toEqual([
      ...['2026-11-25', '18:00', '', '', 'Morning warm-up', 'after', '8', '1', '9', '', '', '', '', '', '', '', '', ''],
      ...NO_DIARY,
    ]);
  });

  it('shows Z start times in the given time zone', () => {
    const s = session('2026-11-26', { startedAt: '2026-11-26T07:05:00.000Z' });
    expect(parseCsv(sessionsToCsv([s], 'km', { timeZone: 'America/New_York' }))[1]![1]).toBe('02:05');
    expect(parseCsv(sessionsToCsv([s], 'km', { timeZone: 'Asia/Kolkata' }))[1]![1]).toBe('12:35');
  });

  it('converts distance and pace to miles', () => {
    const rows = parseCsv(sessionsToCsv([full], 'mi', { timeZone: 'UTC' }));
    expect(rows[0]![14]).toBe('distance (mi)');
    expect(rows[0]![16]).toBe('pace (min/mi)');
    expect(rows[1]![14]).toBe('6.21');
    expect(rows[1]![16]).toBe('10:29'); // 390.9 s/km × 1.609344 = 629.1 s/mi
  });

  it('quotes commas, quotes and newlines, doubling quotes', () => {
    const s = session('2026-11-26', {
      checkIn: checkIn({
        dayType: 'cross',
        crossTrainingKind: 'swim, bike',
        distanceKm: null,
        durationSec: null,
        note: 'said "ouch"\r\nthen\nok\rend',
      }),
    });
    const csv = sessionsToCsv([s], 'km', { timeZone: 'UTC' });
    expect(csv).toContain(',"swim, bike",');
    expect(csv).toContain(',"said ""ouch""\r\nthen\nok\rend",');
    const rows = parseCsv(csv);
    expect(rows[1]![3]).toBe('swim, bike');
    expect(rows[1]![17]).toBe('said "ouch"\r\nthen\nok\rend');
  });

  it('neutralises formula-looking cells', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['+1', "'+1"],
      ['-2', "'-2"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
      ['a=1', 'a=1'],
      ['fine', 'fine'],
    ];
    for (const [note, expected] of cases) {
      const painkiller = { treatments: ['painkiller' as const], painkillerNote: note };
      const s = session('2026-11-26', { checkIn: checkIn({ note, ...painkiller }), routine: routineRun({ routineName: note || 'x' }) });
      const row = parseCsv(sessionsToCsv([s], 'km', { timeZone: 'UTC' }))[1]!;
      expect(row[17]).toBe(expected);
      expect(row[HEADER.indexOf('painkiller (as written)')]).toBe(expected);
      expect(row[4]).toBe(expected);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2,3')).toBe(`"'-2,3"`);
    expect(csvCell('=A1&"x"')).toBe(`"'=A1&""x"""`);
  });

  it('never writes a cell that starts like a formula', () => {
    const rows = parseCsv(sessionsToCsv(manySessions(500), 'mi'));
    expect(rows).toHaveLength(501);
    for (const row of rows) {
      expect(row).toHaveLength(HEADER.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes only the header for no sessions and can add a BOM', () => {
    expect(sessionsToCsv([], 'km')).toBe(HEADER.join(',') + '\r\n');
    expect(sessionsToCsv([], 'km', { bom: true }).startsWith(CSV_BOM + 'date,')).toBe(true);
  });
});

describe('formula neutralising after leading spaces', () => {
  it('prefixes " =1+1", a no-break space before =, and a tab', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u00a0=HYPERLINK("x")')).toBe(`"'\u00a0=HYPERLINK(""x"")"`);
    expect(csvCell('  +1')).toBe("'  +1");
    expect(csvCell('a =1')).toBe('a =1');
  });
});
