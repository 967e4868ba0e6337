/** Figures from a track made by hand, where each expected value can be worked out on paper. */
import { describe, expect, it } from 'vitest';
import { haversineM, STOPPED_BELOW_M_PER_S, summarise, trackFigures } from '../../../../src/lib/run-import/track';
import type { TrackPoint } from '../../../../src/lib/run-import/types';

const T0 = Date.parse('2026-11-01T07:00:00.000Z');
const point = (sec: number, fields: Partial<TrackPoint> = {}): TrackPoint => ({
  timeMs: T0 + sec * 1000,
  lat: null,
  lon: null,
  eleM: null,
  hr: null,
  distanceM: null,
  ...fields,
});
/** Points 10 s apart with the device's own distance: `metres[i]` at second 10·i. */
const byDistance = (metres: number[]) => metres.map((d, i) => point(i * 10, { distanceM: d }));
/** Points 10 s apart, 50 m apart, at these heights. */
const byHeight = (heights: number[]) => heights.map((h, i) => point(i * 10, { distanceM: i * 50, eleM: h }));

describe('haversineM', () => {
  it('measures a degree of latitude as about 111.2 km, and nothing between a point and itself', () => {
    expect(haversineM(0, 0, 1, 0)).toBeCloseTo(111_195, 0);
    expect(haversineM(51.5, -0.12, 51.5, -0.12)).toBe(0);
    // Along a parallel the distance shrinks with the cosine of the latitude.
    expect(haversineM(60, 0, 60, 1)).toBeCloseTo(55_597, -1);
  });
});

describe('trackFigures: distance and moving time', () => {
  it('adds the device’s distance steps and counts time only while moving', () => {
    // 100 m in 10 s, standing 20 s (2 m of drift), then 100 m in 10 s.
    const figures = trackFigures([byDistance([0, 100, 101, 102, 202])]);
    expect(figures.distanceM).toBe(202);
    expect(figures.movingSec).toBe(20);
  });

  it('counts a step at exactly the stopped speed as moving, and one just under it as stopped', () => {
    const at = (metres: number) => trackFigures([byDistance([0, metres])]).movingSec;
    expect(at(STOPPED_BELOW_M_PER_S * 10)).toBe(10);
    expect(at(STOPPED_BELOW_M_PER_S * 10 - 0.01)).toBe(0);
  });

  it('never lets a device distance that goes back subtract from the run', () => {
    expect(trackFigures([byDistance([0, 100, 90, 190])]).distanceM).toBe(200);
  });

  it('uses coordinates when the device gives no distance, and skips points without them', () => {
    const figures = trackFigures([
      [point(0, { lat: 0, lon: 0 }), point(30, {}), point(60, { lat: 0, lon: 0.001 }), point(90, { lat: 0, lon: 0.002 })],
    ]);
    expect(figures.distanceM).toBeCloseTo(haversineM(0, 0.001, 0, 0.002), 6);
    expect(figures.movingSec).toBe(30);
  });

  it('skips steps whose time does not move forward', () => {
    const figures = trackFigures([[point(0, { distanceM: 0 }), point(0, { distanceM: 50 }), point(10, { distanceM: 100 })]]);
    expect(figures).toMatchObject({ distanceM: 50, movingSec: 10 });
  });

  it('does not count the gap between two segments (a pause on the watch)', () => {
    const figures = trackFigures([byDistance([0, 100]), [point(600, { distanceM: 5000 }), point(610, { distanceM: 5100 })]]);
    expect(figures).toMatchObject({ distanceM: 200, movingSec: 20 });
  });
});

describe('trackFigures: climb', () => {
  const climb = (heights: number[]) => trackFigures([byHeight(heights)]).elevationGainM;

  it('adds a steady rise', () => {
    expect(climb([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110])).toBe(10);
  });

  it('ignores GPS height noise under 3 m, and counts a rise of exactly 3 m', () => {
    expect(climb([100, 102, 100, 102, 100, 102])).toBe(0);
    expect(climb([100, 103])).toBe(3);
    expect(climb([100, 102.9])).toBe(0);
  });

  it('counts each hill once: a fall of more than 3 m closes a climb and starts the next from the bottom', () => {
    expect(climb([100, 105, 100, 104])).toBe(9);
  });

  it('does not close a climb on a dip of exactly 3 m', () => {
    expect(climb([100, 106, 103, 109])).toBe(9);
  });

  it('starts a climb from the lowest point after a small dip below the start', () => {
    expect(climb([100, 99, 98, 104])).toBe(6);
  });

  it('keeps each segment’s climb apart', () => {
    expect(trackFigures([byHeight([100, 110]), byHeight([50, 55])]).elevationGainM).toBe(15);
  });

  it('is unknown, not 0, for a track with no heights', () => {
    expect(trackFigures([byDistance([0, 100])]).elevationGainM).toBeNull();
  });
});

describe('trackFigures: heart rate', () => {
  it('averages the points that have one, rounded; unknown when none has', () => {
    const points = [point(0, { hr: 140, distanceM: 0 }), point(10, { distanceM: 50 }), point(20, { hr: 151, distanceM: 100 })];
    expect(trackFigures([points]).avgHr).toBe(146);
    expect(trackFigures([byDistance([0, 100])]).avgHr).toBeNull();
  });
});

describe('summarise', () => {
  it('prefers each figure the device wrote, and keeps elapsed time at least the moving time', () => {
    const outcome = summarise(
      [byDistance([0, 100, 200])],
      { distanceM: 5000, movingSec: 1500, elapsedSec: 1400, avgHr: 150.4, elevationGainM: 20.6 },
      'UTC',
    );
    expect(outcome).toEqual({
      ok: true,
      run: {
        startedAt: '2026-11-01T07:00:00.000Z',
        localDate: '2026-11-01',
        distanceKm: 5,
        movingSec: 1500,
        elapsedSec: 1500,
        paceSecPerKm: 300,
        avgHr: 150,
        elevationGainM: 21,
      },
    });
  });

  it('works out from the track what the device left out, from the device’s start when it has one', () => {
    const outcome = summarise([byHeight([100, 104, 108])], { startMs: T0 - 5000 }, 'UTC');
    expect(outcome).toEqual({
      ok: true,
      run: {
        startedAt: '2026-11-01T06:59:55.000Z',
        localDate: '2026-11-01',
        distanceKm: 0.1,
        movingSec: 20,
        elapsedSec: 25,
        paceSecPerKm: 200,
        elevationGainM: 8,
      },
    });
  });

  it('leaves out a heart rate of 0', () => {
    const outcome = summarise([byDistance([0, 100])], { avgHr: 0 }, 'UTC');
    expect(outcome.ok && 'avgHr' in outcome.run).toBe(false);
  });

  it('refuses, in words, a file with no timed points, no distance, no time moving, too far, or too long', () => {
    const reason = (segments: TrackPoint[][], device = {}) => {
      const outcome = summarise(segments, device, 'UTC');
      return outcome.ok ? 'accepted' : outcome.reason;
    };
    expect(reason([])).toMatch(/no recorded track/);
    expect(reason([[point(Number.NaN, { distanceM: 0 })]])).toMatch(/no recorded track/);
    expect(reason([byDistance([0, 0, 0])])).toMatch(/no distance or no time in motion/);
    expect(reason([byDistance([0, 100])], { movingSec: 0 })).toMatch(/no distance or no time in motion/);
    expect(reason([byDistance([0, 100])], { distanceM: 500_001 })).toBe(
      'its distance (500 km) is more than the diary keeps for one run (500 km)',
    );
    expect(reason([byDistance([0, 100])], { distanceM: 500_000 })).toBe('accepted');
    expect(reason([byDistance([0, 100])], { elapsedSec: 2 * 86_400 + 1 })).toMatch(/more than 48 hours/);
    expect(reason([byDistance([0, 100])], { elapsedSec: 2 * 86_400 })).toBe('accepted');
  });
});
