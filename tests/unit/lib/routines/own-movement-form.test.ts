import { describe, expect, it } from 'vitest';
import { fieldsFrom, inputFrom, messagesByField } from '../../../../src/lib/routines/own-movement-form';
import { validateOwnMovementInput } from '../../../../src/lib/routines/own-movements';

describe('the movement form working copy', () => {
  it('starts a new movement as a 30-second static stretch done once, and round-trips an existing one', () => {
    expect(fieldsFrom()).toEqual({ name: '', kind: 'static', durationSec: 30, perSide: false, howTo: '', caution: '' });
    const movement = {
      id: 'own-1',
      name: 'Wall angel',
      kind: 'other' as const,
      defaultDurationSec: 45,
      perSide: true,
      howTo: 'Slide up.',
      updatedAt: '2026-11-29T08:00:00.000Z',
    };
    expect(inputFrom(fieldsFrom(movement), movement.id)).toEqual({
      id: 'own-1',
      name: 'Wall angel',
      kind: 'other',
      defaultDurationSec: 45,
      perSide: true,
      howTo: 'Slide up.',
      caution: '',
    });
    expect(inputFrom(fieldsFrom())).not.toHaveProperty('id');
  });

  it('puts each message beside its field, and an empty time is named', () => {
    const checked = validateOwnMovementInput(inputFrom({ ...fieldsFrom(), durationSec: Number.NaN }));
    expect(checked.ok).toBe(false);
    expect(messagesByField(checked.ok ? [] : checked.errors)).toEqual({
      name: 'Give the movement a name.',
      defaultDurationSec: 'Set how long the movement lasts, in seconds.',
    });
    expect(messagesByField([{ path: '', message: 'You can keep at most 200 movements of your own.' }])).toEqual({
      form: 'You can keep at most 200 movements of your own.',
    });
  });
});
