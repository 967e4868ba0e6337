/**
 * The one table of field words, against the contract: every value a form sends has words, and a
 * refusal of any of them reaches the screen without a channel name or a field key.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dispatch, type HandlerTable } from '../../../../electron/main/ipc/dispatch';
import { argumentSchemas } from '../../../../electron/main/ipc/validators';
import { IpcCallError } from '../../../../src/lib/ipc/api';
import type { Channel, IpcFailure } from '../../../../src/lib/ipc/contract';
import { besideField, FIELD_WORDS, fieldKey, fieldName, issuesSentence, withFieldName } from '../../../../src/lib/ipc/field-words';
import { plainRefusal } from '../../../../src/lib/ipc/plain-words';
import { DEFAULT_SETTINGS } from '../../../../src/lib/settings/defaults';
import { checkIn } from '../../../support/history';

/** The channels a form sends, each with an argument main accepts. */
const FORMS = {
  'settings:update': structuredClone(DEFAULT_SETTINGS),
  'sessions:save-check-in': {
    sessionId: 'session-1',
    checkIn: checkIn({ painNow: 3, dayType: 'run', distanceKm: 8, durationSec: 2700 }),
  },
  'routines:save': {
    id: 'my-routine',
    name: 'Evening',
    phase: 'before',
    steps: [{ id: 's1', movementId: 'cat-cow', durationSec: 30, sides: 'one', restAfterSec: 0 }],
  },
} satisfies Partial<Record<Channel, unknown>>;

type Schema = z.core.$ZodType;
type Def = { type: string; shape?: Record<string, Schema>; innerType?: Schema; element?: Schema; in?: Schema };
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path a schema takes ("cues.toneVolume", "steps.durationSec"), list positions left out. */
function fieldPaths(schema: Schema, prefix = ''): string[] {
  const def = defOf(schema);
  if (def.innerType) return fieldPaths(def.innerType, prefix);
  if (def.type === 'pipe' && def.in) return fieldPaths(def.in, prefix);
  if (def.type === 'array' && def.element) return fieldPaths(def.element, prefix);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(child, path)];
  });
}

/** The argument with a value of the wrong type at a path (first list item for a list). */
function spoilt(arg: unknown, path: string): unknown {
  const copy = structuredClone(arg) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  const keys = path.split('.');
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    at = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  at[last] = typeof at[last] === 'string' ? 42 : 'not a valid value';
  return copy;
}

/** Handlers that answer null: only main's argument check is under test. */
const TABLE = new Proxy({}, { get: () => () => null }) as HandlerTable;

const CHANNEL_NAME = /\w+:\w+/;
const CAMEL_CASE_KEY = /\b[a-z]+[A-Z]\w*/;

describe('FIELD_WORDS', () => {
  for (const [channel, valid] of Object.entries(FORMS) as [keyof typeof FORMS, unknown][]) {
    const paths = fieldPaths(argumentSchemas[channel]);

    it(`has words for every field ${channel} takes`, () => {
      expect(paths.length).toBeGreaterThan(3);
      expect(paths.filter((path) => fieldName(path) === null)).toEqual([]);
    });

    it(`${channel}: takes the argument every case below spoils one value of`, async () => {
      expect(await dispatch(TABLE, channel, valid)).toEqual({ ok: true, value: null });
    });

    it.each(paths)(`${channel}: a refused %s is said in plain words`, async (path) => {
      const result = (await dispatch(TABLE, channel, spoilt(valid, path))) as IpcFailure;
      expect(result.ok).toBe(false);
      const { code, message, issues } = result.error;
      expect(code).toBe('invalid-argument');
      expect(issues.length).toBeGreaterThan(0);
      // Each issue names a field the table knows (or the argument as a whole).
      for (const issue of issues) expect(issue.path === '' || fieldName(issue.path) !== null, issue.path).toBe(true);
      expect(issues.some((issue) => fieldKey(issue.path) === path)).toBe(true);
      for (const shown of [message, plainRefusal(new IpcCallError(code, message, issues)), ...issues.map(besideField)]) {
        expect(shown).not.toMatch(CHANNEL_NAME);
        expect(shown).not.toMatch(CAMEL_CASE_KEY);
        expect(shown).toMatch(/[.!?]$/);
      }
    });
  }
});

describe('the sentences', () => {
  it('puts a fragment after its field’s words, and a whole sentence as it is beside its field', () => {
    expect(besideField({ path: 'checkIn.distanceKm', message: 'must be a distance in km greater than 0 and at most 500' })).toBe(
      'Distance must be a distance in km greater than 0 and at most 500.',
    );
    expect(besideField({ path: 'getReadySec', message: 'Get-ready is at most 60 seconds.' })).toBe('Get-ready is at most 60 seconds.');
    expect(besideField({ path: 'steps.3.durationSec', message: 'A step must last at least 5 seconds.' })).toBe(
      'A step must last at least 5 seconds.',
    );
  });

  it('names the field of a whole sentence away from it, and never a path it does not know', () => {
    expect(withFieldName({ path: 'getReadySec', message: 'Get-ready is at most 60 seconds.' })).toBe(
      'Get-ready countdown: Get-ready is at most 60 seconds.',
    );
    expect(withFieldName({ path: 'someNewKey', message: 'is required' })).toBe('This value is required.');
    expect(withFieldName({ path: 'someNewKey', message: 'Too long.' })).toBe('Too long.');
  });

  it('keeps a long list of refusals short', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ path: `steps.${i}.restAfterSec`, message: 'Rest cannot be negative.' }));
    expect(issuesSentence(issues)).toBe(`${'Rest after: Rest cannot be negative. '.repeat(3)}2 more values were not accepted.`);
    expect(issuesSentence(issues.slice(0, 4))).toBe(`${'Rest after: Rest cannot be negative. '.repeat(3)}One more value was not accepted.`);
    expect(issuesSentence(issues.slice(0, 3))).toBe('Rest after: Rest cannot be negative. '.repeat(3).trim());
  });

  it('ends a sentence once: trailing spaces trimmed, a full stop added only where the end has none', () => {
    expect(besideField({ path: 'getReadySec', message: 'Get-ready is at most 60 seconds.  ' })).toBe('Get-ready is at most 60 seconds.');
    expect(besideField({ path: 'getReadySec', message: 'Use e.g. 10 seconds' })).toBe('Use e.g. 10 seconds.');
    expect(besideField({ path: 'getReadySec', message: 'Really?' })).toBe('Really?');
    // A fragment is known by its first letter, even when main's words start with a space.
    expect(besideField({ path: 'checkIn.durationSec', message: '  is required' })).toBe('Time is required.');
  });

  it('keys list positions out of a path', () => {
    expect(fieldKey('steps.12.durationSec')).toBe('steps.durationSec');
    expect(fieldKey('checkIn.locations.2')).toBe('checkIn.locations');
    // Only whole numbers are list positions: a key with digits in it stays.
    expect(fieldKey('plan.week1.3')).toBe('plan.week1');
    expect(fieldKey('plan.2nd.3')).toBe('plan.2nd');
    expect(Object.keys(FIELD_WORDS).every((key) => fieldKey(key) === key)).toBe(true);
  });
});
