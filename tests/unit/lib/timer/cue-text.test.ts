import { describe, expect, it } from 'vitest';
import { formatCountdown, segmentTitle, spokenCue, stepPhrase } from '../../../../src/lib/timer/cue-text';
import type { Segment, StepSegment } from '../../../../src/lib/timer/types';

const names: Record<string, string> = { 'hamstring-stretch': 'Hamstring stretch', 'childs-pose': "Child's pose" };
const nameOf = (id: string) => names[id] ?? id;
const common = { index: 1, startMs: 0, durationMs: 30_000, stepIndex: 0, stepId: 's1' };
const left: StepSegment = { ...common, kind: 'step', side: 'left', movementId: 'hamstring-stretch' };
const whole: StepSegment = { ...common, kind: 'step', side: null, movementId: 'childs-pose' };

describe('what the player says and shows', () => {
  it('names a step with its side', () => {
    expect(stepPhrase(left, nameOf)).toBe('Hamstring stretch, left side');
    expect(stepPhrase(whole, nameOf)).toBe("Child's pose");
  });

  it('speaks each change, including what comes next after a gap', () => {
    const at = 0;
    const getReady: Segment = { ...common, kind: 'get-ready', side: 'left', movementId: 'hamstring-stretch' };
    const rest: Segment = { ...common, kind: 'rest', side: null, movementId: 'hamstring-stretch' };
    const switchSides: Segment = { ...common, kind: 'switch-sides', side: 'right', movementId: 'hamstring-stretch' };
    expect(spokenCue({ type: 'segment-start', segment: getReady, at }, left, nameOf)).toBe(
      'Get ready. First: Hamstring stretch, left side',
    );
    expect(spokenCue({ type: 'segment-start', segment: rest, at }, whole, nameOf)).toBe("Rest. Next: Child's pose");
    expect(spokenCue({ type: 'segment-start', segment: switchSides, at }, null, nameOf)).toBe('Switch sides: right side');
    expect(spokenCue({ type: 'segment-start', segment: left, at }, null, nameOf)).toBe('Hamstring stretch, left side');
    expect(spokenCue({ type: 'countdown', secondsLeft: 3, segment: left, at }, null, nameOf)).toBeNull();
    expect(spokenCue({ type: 'done', at }, null, nameOf)).toMatch(/^Routine complete/);
    expect(segmentTitle(switchSides, nameOf)).toBe('Switch sides');
  });

  it('titles every kind of segment on screen', () => {
    const getReady: Segment = { ...common, kind: 'get-ready', side: null, movementId: 'childs-pose' };
    const rest: Segment = { ...common, kind: 'rest', side: null, movementId: 'childs-pose' };
    expect(segmentTitle(getReady, nameOf)).toBe('Get ready');
    expect(segmentTitle(rest, nameOf)).toBe('Rest');
    expect(segmentTitle(left, nameOf)).toBe('Hamstring stretch');
    expect(segmentTitle(whole, nameOf)).toBe("Child's pose");
  });

  it('says the gap alone when nothing comes after it, and names the right side', () => {
    const at = 0;
    const getReady: Segment = { ...common, kind: 'get-ready', side: null, movementId: 'childs-pose' };
    const rest: Segment = { ...common, kind: 'rest', side: null, movementId: 'childs-pose' };
    expect(spokenCue({ type: 'segment-start', segment: getReady, at }, null, nameOf)).toBe('Get ready');
    expect(spokenCue({ type: 'segment-start', segment: rest, at }, null, nameOf)).toBe('Rest');
    expect(spokenCue({ type: 'done', at }, null, nameOf)).toBe('Routine complete. Well done.');
    expect(stepPhrase({ ...left, side: 'right' }, nameOf)).toBe('Hamstring stretch, right side');
  });

  it('counts down in m:ss, showing 0:01 until the very end', () => {
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-20)).toBe('0:00');
  });
});
