import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS, exportHistory, planImport, type ImportPlan } from '../../../../src/lib/history/exchange';
import type { Session } from '../../../../src/lib/history/types';
import { checkIn, routineRun, session } from '../../../support/history';
import { manySessions } from './fixtures';
import { seedSessions } from '../../../../bench/seed';

function fileOf(sessions: unknown[], over: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'backstride-history', version: 2, exportedAt: '2026-11-26T10:00:00.000Z', sessions, ...over });
}

function failure(plan: ImportPlan): string {
  if (plan.ok) throw new Error('expected the import to be refused');
  return plan.message;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('exportHistory', () => {
  it('wraps sessions in the versioned envelope', () => {
    const sessions = [session('2026-11-26')];
    const file = exportHistory(sessions, '2026-11-26T10:00:00.000Z');
    expect(file).toEqual({ format: 'backstride-history', version: 2, exportedAt: '2026-11-26T10:00:00.000Z', sessions });
    expect(file.sessions).not.toBe(sessions);
    expect(exportHistory([], new Date('2026-11-26T10:00:00Z')).exportedAt).toBe('2026-11-26T10:00:00.000Z');
  });
});

describe('planImport', () => {
  it('round-trips an export into an empty history with deep equality', () => {
    const sessions: Session[] = [
      ...manySessions(300),
      session('2026-11-26', { checkIn: null, routine: routineRun({ activeMs: 1234.567 }) }),
      session('2026-11-26', {
        startedAt: '2026-11-26T07:30:00+05:30',
        checkIn: checkIn({ painNow: null, painBefore: null, note: 'ünïcødé 🏃 "quoted"\n=1+1', distanceKm: 42.195 }),
      }),
    ];
    const text = JSON.stringify(exportHistory(sessions, '2026-11-26T10:00:00.000Z'), null, 2);
    const plan = planImport([], text);
    expect(plan).toEqual({ ok: true, toAdd: sessions, alreadyThere: [] });
  });

  it('accepts a file that starts with a byte-order mark, and an empty history file', () => {
    expect(planImport([], '\uFEFF' + fileOf([session('2026-11-26')])).ok).toBe(true);
    expect(planImport([], fileOf([]))).toEqual({ ok: true, toAdd: [], alreadyThere: [] });
  });

  it('reports sessions already there by id and never mutates existing', () => {
    const existing = deepFreeze([session('2026-11-20'), session('2026-11-21')]);
    const snapshot = structuredClone(existing);
    const incoming = [
      { ...existing[1]!, checkIn: checkIn({ note: 'edited elsewhere' }) },
      session('2026-11-22'),
      existing[0]!,
      session('2026-11-23'),
    ];
    const plan = planImport(existing, fileOf(incoming));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.toAdd).toEqual([incoming[1], incoming[3]]);
    expect(plan.alreadyThere).toEqual([incoming[0], incoming[2]]);
    expect(existing).toEqual(snapshot);
    // Results are fresh copies, not the caller's objects.
    expect(plan.alreadyThere[1]).not.toBe(existing[0]);
  });

  it('refuses the whole file when one record among 500 is bad, naming it', () => {
    const records: unknown[] = manySessions(500);
    records[317] = { ...(records[317] as Session), checkIn: checkIn({ painNow: 11 }) };
    const message = failure(planImport([], fileOf(records)));
    expect(message).toBe(
      'Nothing was imported. Record 318 of 500 has a problem: sessions[317].checkIn.painNow: must be a whole number from 0 to 10.',
    );
  });

  it('names the first bad record and counts the others', () => {
    const records: unknown[] = manySessions(500);
    records[3] = { ...(records[3] as Session), extra: true };
    records[400] = { ...(records[400] as Session), localDate: '2026-13-01' };
    records[499] = 'not a session';
    const message = failure(planImport([], fileOf(records)));
    expect(message).toContain('Record 4 of 500 has a problem: sessions[3]: unknown field "extra".');
    expect(message).toContain('(2 other records have problems too.)');
  });

  it('refuses duplicate ids inside the file', () => {
    const a = session('2026-11-20');
    const message = failure(planImport([], fileOf([a, session('2026-11-21'), { ...a, localDate: '2026-11-19' }])));
    expect(message).toBe(`Nothing was imported. Records 1 and 3 have the same id "${a.id}".`);
  });

  describe('hostile or foreign files', () => {
    it('refuses text over 200 MB, counting UTF-8 bytes', () => {
      expect(failure(planImport([], ' '.repeat(MAX_IMPORT_BYTES + 1)))).toMatch(/larger than 200 MB/);
      // Under the limit in UTF-16 code units but over it in UTF-8 bytes.
      const padded = fileOf([], { pad: 'é'.repeat(MAX_IMPORT_BYTES / 2) });
      expect(padded.length).toBeLessThan(MAX_IMPORT_BYTES);
      expect(failure(planImport([], padded))).toMatch(/larger than 200 MB/);
    });

    it('refuses text that is not JSON', () => {
      for (const text of ['', 'hello', '{"format":', '{"a":1}}', 'NaN']) {
        expect(failure(planImport([], text))).toBe('This file is not valid JSON, so it is not a Backstride history file.');
      }
    });

    it('refuses JSON that is not a Backstride history', () => {
      for (const text of [
        'null',
        '42',
        '"backstride-history"',
        '[]',
        '{}',
        '{"format":"other","version":1,"sessions":[]}',
        JSON.stringify([fileOf([])]),
      ]) {
        expect(failure(planImport([], text))).toMatch(/^This is not a Backstride history file/);
      }
    });

    it('refuses files from a newer Backstride and bad versions', () => {
      expect(failure(planImport([], fileOf([], { version: 3 })))).toBe(
        'This history file was made by a newer Backstride (format version 3). Update Backstride to import it.',
      );
      for (const version of [0, -1, 1.5, '1', null, undefined]) {
        expect(failure(planImport([], fileOf([], { version })))).toBe(
          'This history file has no valid format version, so it cannot be imported.',
        );
      }
    });

    it('takes our own export of as many sessions as an import may hold: the byte limit does not refuse it first', () => {
      // The bench's daily history, written as main exports it (indented); 1,000 sessions scaled to the record limit.
      const sample = seedSessions(1000, '2026-11-26');
      const bytes = Buffer.byteLength(JSON.stringify(exportHistory(sample, '2026-11-26T18:00:00.000Z'), null, 2));
      expect((bytes / sample.length) * MAX_IMPORT_RECORDS).toBeLessThan(MAX_IMPORT_BYTES / 2);
    });

    it('refuses more than 100,000 records', () => {
      const text = fileOf(new Array(MAX_IMPORT_RECORDS + 1).fill(0));
      expect(failure(planImport([], text))).toBe(
        'Nothing was imported. The file has 100001 sessions; at most 100000 can be imported at once.',
      );
    });

    it('refuses __proto__ and constructor keys anywhere', () => {
      const good = session('2026-11-26');
      const json = fileOf([good]);
      const cases: [string, string][] = [
        [json.replace('{"format"', '{"__proto__":{"polluted":true},"format"'), 'The file contains a forbidden key "__proto__".'],
        [json.replace('"localDate"', '"__proto__":{"x":1},"localDate"'), 'The file contains a forbidden key "__proto__" (in sessions[0]).'],
        [
          json.replace('"painNow"', '"constructor":{"prototype":{}},"painNow"'),
          'The file contains a forbidden key "constructor" (in sessions[0].checkIn).',
        ],
        [
          json.replace('"locations":[', '"locations":[{"__proto__":null},'),
          'The file contains a forbidden key "__proto__" (in sessions[0].checkIn.locations[0]).',
        ],
      ];
      for (const [text, expected] of cases) {
        expect(failure(planImport([], text))).toBe(`Nothing was imported. ${expected}`);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('refuses unknown top-level fields, a missing list and a bad export date', () => {
      expect(failure(planImport([], fileOf([], { extra: 1 })))).toBe(
        'Nothing was imported. The file has unknown top-level fields: "extra".',
      );
      expect(failure(planImport([], fileOf([], { sessions: {} })))).toBe('Nothing was imported. The file has no list of sessions.');
      expect(failure(planImport([], fileOf([], { exportedAt: 'today' })))).toMatch(
        /^Nothing was imported\. exportedAt: must be an ISO date-time/,
      );
    });

    it('survives very deep nesting without throwing', () => {
      const deep = '['.repeat(200_000) + ']'.repeat(200_000);
      const text = fileOf([session('2026-11-26')]).replace('"note":""', `"note":${deep}`);
      expect(failure(planImport([], text))).toMatch(/nests lists and objects more than 32 deep/);
      // Brackets inside strings are text, not nesting.
      const quoted = fileOf([session('2026-11-26', { checkIn: { ...session('2026-11-26').checkIn!, note: '['.repeat(500) } })]);
      expect(planImport([], quoted).ok).toBe(true);
    });

    it('refuses a file that would put more than 50 sessions on one day, counting those already there', () => {
      const day = (n: number, from = 0) => Array.from({ length: n }, (_, i) => session('2026-11-20', { id: `d-${from + i}` }));
      expect(planImport([], fileOf(day(50))).ok).toBe(true);
      expect(failure(planImport([], fileOf(day(51))))).toBe(
        'Nothing was imported. Record 51 would make 51 sessions on 2026-11-20; a day holds at most 50.',
      );
      expect(failure(planImport(day(45, 100), fileOf(day(6))))).toMatch(
        /^Nothing was imported\. Record 6 would make 51 sessions on 2026-11-20/,
      );
    });

    it('never throws for non-string input', () => {
      expect(planImport([], undefined as unknown as string).ok).toBe(false);
      expect(planImport([], 42 as unknown as string).ok).toBe(false);
    });
  });
});

describe('implausible dates in an import', () => {
  it('refuses year 0100, 0000 and 9999 and a localDate no time zone gives, by record number', () => {
    const ok = session('2026-11-20');
    const cases: [Partial<Session>, RegExp][] = [
      [
        { localDate: '0100-01-01', startedAt: '0100-01-01T07:00:00.000Z' },
        /Record 2 of 2 has a problem: .*sessions\[1\]\.localDate: must be a date from 1970/,
      ],
      [{ localDate: '0000-01-01' }, /Record 2 of 2 has a problem: sessions\[1\]\.localDate: must be a date from 1970/],
      [{ localDate: '9999-12-31' }, /Record 2 of 2 has a problem: sessions\[1\]\.localDate: must be a date from 1970/],
      [{ startedAt: '9999-12-31T07:00:00.000Z' }, /Record 2 of 2 has a problem: sessions\[1\]\.startedAt: must be a date-time from 1970/],
      [{ localDate: '2026-11-24' }, /Record 2 of 2 has a problem: sessions\[1\]\.localDate: is not the date of startedAt/],
    ];
    for (const [over, problem] of cases) {
      expect(failure(planImport([], fileOf([ok, session('2026-11-22', over)])))).toMatch(problem);
    }
  });
});
