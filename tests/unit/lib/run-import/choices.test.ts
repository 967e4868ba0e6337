/** The import asks when a run's day has two or more check-ins that could take it, and applies the runner's answer whole. */
import { describe, expect, it } from 'vitest';
import { applyRunChoices, type AskedRun } from '../../../../src/lib/run-import/choices';
import { planRunImport } from '../../../../src/lib/run-import/plan';
import type { RunSummary } from '../../../../src/lib/run-import/types';
import { checkIn, runFile, runSummary, session } from '../../../support/history';

const NOW = new Date('2026-11-29T09:00:00Z');

const run = runSummary;
const file = runFile;
const open = (startedAt: string, painNow: number) =>
  session(startedAt.slice(0, 10), {
    startedAt,
    checkIn: checkIn({ painNow, distanceKm: null, durationSec: null, note: `pain ${painNow}` }),
  });

describe('asking which check-in an imported run fills', () => {
  const morning = open('2026-11-23T07:00:00.000Z', 2);
  const evening = open('2026-11-23T18:00:00.000Z', 4);
  const MONDAY = run('2026-11-23T12:00:00.000Z', 5);

  it('asks, naming each check-in that could take it, and saves nothing for that file', () => {
    const plan = planRunImport(
      [morning, evening],
      [file('monday.fit', MONDAY), file('tuesday.fit', run('2026-11-24T07:00:00.000Z', 6))],
      NOW,
      () => 'new',
    );
    expect(plan.files).toEqual([
      {
        fileName: 'monday.fit',
        status: 'ask',
        run: MONDAY,
        choices: [
          { sessionId: morning.id, startedAt: morning.startedAt, painNow: 2, note: 'pain 2' },
          { sessionId: evening.id, startedAt: evening.startedAt, painNow: 4, note: 'pain 4' },
        ],
      },
      expect.objectContaining({ fileName: 'tuesday.fit', status: 'added' }),
    ]);
    // Only Tuesday's run is written; Monday's check-ins are untouched.
    expect(plan.sessions.filter((s) => s.localDate === '2026-11-23')).toEqual([morning, evening]);
    expect(plan.sessions).toHaveLength(3);
  });

  it('still fills a lone open check-in, and adds beside one open among others that are not runs', () => {
    const rest = session('2026-11-23', {
      startedAt: '2026-11-23T20:00:00.000Z',
      checkIn: checkIn({ dayType: 'rest', distanceKm: null, durationSec: null }),
    });
    expect(planRunImport([morning], [file('a.fit', MONDAY)], NOW, () => 'n').files[0]!.status).toBe('filled');
    expect(planRunImport([morning, rest], [file('a.fit', MONDAY)], NOW, () => 'n').files[0]!.status).toBe('added');
  });

  it('knows the run is already there when any check-in of that day has its distance and time', () => {
    const done = session('2026-11-23', { startedAt: '2026-11-23T21:00:00.000Z', checkIn: checkIn({ distanceKm: 5, durationSec: 1800 }) });
    expect(planRunImport([morning, evening, done], [file('a.fit', MONDAY)], NOW, () => 'n').files[0]).toMatchObject({
      status: 'duplicate',
    });
  });

  const asked = (fileName: string, r: RunSummary): AskedRun => ({ fileName, run: r, candidates: [morning.id, evening.id] });

  it('fills the check-in chosen, or adds the run as its own, all in one history', () => {
    const second = run('2026-11-23T15:00:00.000Z', 3);
    const applied = applyRunChoices(
      [morning, evening],
      [asked('one.fit', MONDAY), asked('two.fit', second)],
      [evening.id, null],
      NOW,
      () => 'own',
    );
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.files.map((f) => [f.fileName, f.status])).toEqual([
      ['one.fit', 'filled'],
      ['two.fit', 'added'],
    ]);
    expect(applied.sessions.map((s) => [s.id, s.checkIn?.distanceKm])).toEqual([
      [morning.id, null],
      ['own', 3],
      [evening.id, 5],
    ]);
  });

  it('refuses the whole set for a check-in not offered, filled twice, changed meanwhile, or a missing answer', () => {
    const two = [asked('one.fit', MONDAY), asked('two.fit', run('2026-11-23T15:00:00.000Z', 3))];
    const changed = { ...evening, checkIn: { ...evening.checkIn!, distanceKm: 4 } };
    const cases: [readonly import('../../../../src/lib/history/types').Session[], (string | null)[], RegExp][] = [
      [[morning, evening], ['someone-else', null], /not offered/],
      [[morning, evening], [morning.id, morning.id], /same check-in/],
      [[morning, changed], [evening.id, null], /has changed/],
      [[morning], [evening.id, null], /has changed/],
      [[morning, evening], [null], /each run file once/],
    ];
    for (const [existing, choices, reason] of cases) {
      const applied = applyRunChoices(existing, two, choices, NOW, () => 'x');
      expect(applied, JSON.stringify(choices)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    }
  });

  it('recognises a run saved meanwhile instead of adding it twice', () => {
    const meanwhile = session('2026-11-23', { startedAt: MONDAY.startedAt, checkIn: checkIn() });
    const applied = applyRunChoices([morning, evening, meanwhile], [asked('one.fit', MONDAY)], [null], NOW, () => 'x');
    expect(applied).toMatchObject({ ok: true, files: [{ status: 'duplicate' }] });
  });
});
