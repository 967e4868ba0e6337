/** TCX made by hand: which figures come from the laps, which from the trackpoints, and what is refused. */
import { describe, expect, it } from 'vitest';
import { parseTcx } from '../../../../src/lib/run-import/tcx';

interface LapInput {
  start: string;
  seconds?: number;
  metres?: number;
  hr?: number;
  points: { time?: string; lat?: number; lon?: number; ele?: number; hr?: number; metres?: number }[];
}

const tag = (name: string, value: unknown) => (value === undefined ? '' : `<${name}>${value}</${name}>`);
function tcx(laps: LapInput[], sport = 'Running'): string {
  const lapXml = laps.map(
    (lap) =>
      `<Lap StartTime="${lap.start}">${tag('TotalTimeSeconds', lap.seconds)}${tag('DistanceMeters', lap.metres)}${
        lap.hr === undefined ? '' : `<AverageHeartRateBpm><Value>${lap.hr}</Value></AverageHeartRateBpm>`
      }<Track>${lap.points
        .map(
          (p) =>
            `<Trackpoint>${tag('Time', p.time)}${
              p.lat === undefined
                ? ''
                : `<Position><LatitudeDegrees>${p.lat}</LatitudeDegrees><LongitudeDegrees>${p.lon}</LongitudeDegrees></Position>`
            }${tag('AltitudeMeters', p.ele)}${tag('DistanceMeters', p.metres)}${p.hr === undefined ? '' : `<HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm>`}</Trackpoint>`,
        )
        .join('')}</Track></Lap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="${sport}"><Id>2026-11-01T07:00:00Z</Id>${lapXml.join('')}</Activity></Activities></TrainingCenterDatabase>`;
}

const at = (sec: number) => new Date(Date.parse('2026-11-01T07:00:00.000Z') + sec * 1000).toISOString();
const twoLaps: LapInput[] = [
  {
    start: at(0),
    seconds: 600,
    metres: 2000,
    hr: 140,
    points: [
      { time: at(0), metres: 0, ele: 100, hr: 120 },
      { time: at(600), metres: 2000, ele: 110, hr: 150 },
    ],
  },
  {
    start: at(600),
    seconds: 300,
    metres: 1000,
    hr: 170,
    points: [
      { time: at(600), metres: 2000, ele: 110 },
      { time: at(960), metres: 3000, ele: 95 },
    ],
  },
];

describe('parseTcx', () => {
  it('takes distance, timer time and heart rate from the laps, heart rate weighted by each lap’s time', () => {
    const outcome = parseTcx(tcx(twoLaps), 'UTC');
    expect(outcome).toEqual({
      ok: true,
      run: {
        startedAt: '2026-11-01T07:00:00.000Z',
        localDate: '2026-11-01',
        distanceKm: 3,
        movingSec: 900,
        elapsedSec: 960,
        paceSecPerKm: 300,
        avgHr: 150, // (140·600 + 170·300) / 900
        elevationGainM: 10,
      },
    });
  });

  it('falls back to the trackpoints when a lap lacks its distance or time, and ignores a lap of no time for heart rate', () => {
    const laps: LapInput[] = [
      { ...twoLaps[0]!, metres: undefined },
      { ...twoLaps[1]!, seconds: 0 },
    ];
    const outcome = parseTcx(tcx(laps), 'UTC');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.run.distanceKm).toBe(3); // 2000 m then 1000 m along the trackpoints
    expect(outcome.run.movingSec).toBe(600); // the lap times still add up: 600 + 0
    expect(outcome.run.avgHr).toBe(140);
  });

  it('reads positions and heart rate from trackpoints when the laps carry neither distance nor heart rate', () => {
    const laps: LapInput[] = [
      {
        start: at(0),
        points: [
          { time: at(0), lat: 0, lon: 0, hr: 130 },
          { time: 'not a time', lat: 0, lon: 5 },
          { time: at(300), lat: 0, lon: 0.01, hr: 141 },
        ],
      },
    ];
    const outcome = parseTcx(tcx(laps), 'UTC');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.run.distanceKm).toBeCloseTo(1.112, 3); // 0.01° of longitude on the equator; the untimed point is skipped
    expect(outcome.run.movingSec).toBe(300);
    expect(outcome.run.avgHr).toBe(136);
    expect(outcome.run).not.toHaveProperty('elevationGainM');
  });

  it('refuses, in words, another sport, an activity without laps, and a file without activities', () => {
    const reason = (xml: string) => {
      const outcome = parseTcx(xml, 'UTC');
      return outcome.ok ? 'accepted' : outcome.reason;
    };
    expect(reason(tcx(twoLaps, 'Biking'))).toBe('it is a biking activity, not a run');
    expect(reason(tcx(twoLaps, 'Other'))).toBe('accepted');
    expect(reason(tcx([]))).toBe('it has no laps, so there is no run in it');
    expect(reason('<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>')).toBe(
      'it has no activity in it, so there is no run in it',
    );
  });
});
