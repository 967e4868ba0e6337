import { describe, expect, it } from 'vitest';
import { RED_FLAG_LABELS } from '../../../../src/lib/history/labels';
import { EMERGENCY_FLAGS, hasEmergency, RED_FLAG_GROUPS, redFlagAlert, redFlagWords } from '../../../../src/lib/history/red-flags';
import { RED_FLAGS } from '../../../../src/lib/history/types';

describe('red flags', () => {
  it('lists the standard ones, each in exactly one short group', () => {
    for (const flag of ['after-fall', 'cancer-history', 'steroids-immune', 'constant-pain', 'both-legs'] as const) {
      expect(RED_FLAGS).toContain(flag);
    }
    const grouped = RED_FLAG_GROUPS.flatMap((g) => g.flags);
    expect([...grouped].sort()).toEqual([...RED_FLAGS].sort());
    for (const group of RED_FLAG_GROUPS) expect(group.flags.length).toBeLessThanOrEqual(4);
  });

  it('has one wording for severe night pain', () => {
    expect(RED_FLAG_LABELS['night-pain']).toBe('Severe pain that wakes you at night');
    expect(redFlagWords(['night-pain'])).toBe('severe pain that wakes you at night');
  });

  it('treats saddle numbness, new bladder or bowel trouble and both legs as emergencies, nothing else', () => {
    expect([...EMERGENCY_FLAGS].sort()).toEqual(['bladder-bowel', 'both-legs', 'saddle-numbness']);
    expect(hasEmergency(['night-pain', 'cancer-history'])).toBe(false);
    expect(hasEmergency(['night-pain', 'saddle-numbness'])).toBe(true);
  });

  it('gives the emergency alert when any emergency sign is ticked, the see-a-doctor one otherwise', () => {
    expect(redFlagAlert([])).toBeNull();
    expect(redFlagAlert(['leg-weakness'])).toMatchObject({ kind: 'see-doctor', headline: 'See a doctor soon' });
    const alert = redFlagAlert(['leg-weakness', 'bladder-bowel']);
    expect(alert).toMatchObject({ kind: 'emergency', headline: 'Get urgent medical help now' });
    expect(alert!.advice).toMatch(/emergency department or call emergency services now/);
  });

  it('words flags inside a sentence in the list order', () => {
    expect(redFlagWords(['steroids-immune', 'after-fall', 'both-legs'])).toBe(
      'numbness or weakness in both legs, pain that started after a fall or accident and long-term steroid use or a weakened immune system',
    );
  });
});
