/** The check-in's treatment toggles and spot choices, as rules. */
import { describe, expect, it } from 'vitest';
import { rovingIndex, scoredCount, spotChoice, toggleTreatment, withSpotChoice } from '../../../../src/lib/checkin/diary-fields';

describe('treatment toggles', () => {
  it('a tap adds a treatment, a second tap takes it out again', () => {
    expect(toggleTreatment([], 'heat')).toEqual(['heat']);
    expect(toggleTreatment(['heat'], 'ice')).toEqual(['heat', 'ice']);
    expect(toggleTreatment(['heat', 'ice'], 'heat')).toEqual(['ice']);
  });

  it('arrows move round the row, Home and End go to its ends, other keys are left alone', () => {
    expect(rovingIndex('ArrowRight', 7, 8)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 8)).toBe(7);
    expect(rovingIndex('ArrowDown', 2, 8)).toBe(3);
    expect([rovingIndex('Home', 5, 8), rovingIndex('End', 1, 8)]).toEqual([0, 7]);
    expect(rovingIndex(' ', 2, 8)).toBeNull();
    expect(rovingIndex('Tab', 2, 8)).toBeNull();
  });
});

describe('spot choices', () => {
  it('a spot is unscored until set; 0 is a score; choosing “not scored” clears it', () => {
    expect(spotChoice({}, 'hip-left')).toBe('');
    const set = withSpotChoice({}, 'hip-left', '0');
    expect(set).toEqual({ 'hip-left': 0 });
    expect(spotChoice(set, 'hip-left')).toBe('0');
    expect(withSpotChoice({ 'hip-left': 0, 'leg-right': 7 }, 'hip-left', '')).toEqual({ 'leg-right': 7 });
    expect(scoredCount({ 'hip-left': 0, 'leg-right': 7 })).toBe(2);
  });

  it('keeps only real spots and scores from 0 to 10', () => {
    expect(withSpotChoice({}, 'leg-left', '11')).toEqual({});
    expect(withSpotChoice({}, 'leg-left', '2.5')).toEqual({});
    const polluted = JSON.parse('{"__proto__": {"x": 1}, "leg-left": 3}') as object;
    expect(withSpotChoice(polluted, 'hip-right', '4')).toEqual({ 'leg-left': 3, 'hip-right': 4 });
    expect(Object.getPrototypeOf(withSpotChoice(polluted, 'hip-right', '4'))).toBe(Object.prototype);
  });
});
