/**
 * TCX (Garmin Training Center): laps whose own summary (TotalTimeSeconds = timer time,
 * DistanceMeters, AverageHeartRateBpm) is the device's figure; the trackpoints fill in the rest.
 */
import { summarise, type DeviceSummary } from './track';
import { refuse, type ParseOutcome, type TrackPoint } from './types';
import { child, list, num, otherSport, readXml, text, timeMs } from './xml';

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) || values.length === 0 ? null : values.reduce<number>((a, v) => a + v!, 0);
}

export function parseTcx(source: string, timeZone?: string): ParseOutcome {
  const read = readXml(source);
  if (!read.ok) return refuse(read.reason);
  const db = read.doc['TrainingCenterDatabase'];
  if (db === undefined) return refuse('it is not a TCX file (no <TrainingCenterDatabase> element)');
  // A file exported for one activity holds one; only the first is read.
  const activity = list(child(db, 'Activities'), 'Activity')[0];
  if (activity === undefined) return refuse('it has no activity in it, so there is no run in it');
  const sport = otherSport(text(child(activity, '@_Sport')));
  if (sport) return refuse(`it is a ${sport} activity, not a run`);
  const laps = list(activity, 'Lap');
  if (laps.length === 0) return refuse('it has no laps, so there is no run in it');

  const segments: TrackPoint[][] = [];
  for (const lap of laps) {
    for (const track of list(lap, 'Track')) {
      const points: TrackPoint[] = [];
      for (const tp of list(track, 'Trackpoint')) {
        const at = timeMs(child(tp, 'Time'));
        if (at === null) continue;
        const pos = child(tp, 'Position');
        points.push({
          timeMs: at,
          lat: num(child(pos, 'LatitudeDegrees')),
          lon: num(child(pos, 'LongitudeDegrees')),
          eleM: num(child(tp, 'AltitudeMeters')),
          hr: num(child(child(tp, 'HeartRateBpm'), 'Value')),
          distanceM: num(child(tp, 'DistanceMeters')),
        });
      }
      segments.push(points);
    }
  }
  const lapTimes = laps.map((lap) => num(child(lap, 'TotalTimeSeconds')));
  const lapHr = laps.map((lap, i) => [num(child(child(lap, 'AverageHeartRateBpm'), 'Value')), lapTimes[i] ?? null] as const);
  const timedHr = lapHr.filter((x): x is readonly [number, number] => x[0] !== null && x[1] !== null && x[1] > 0);
  const hrTime = timedHr.reduce((a, [, t]) => a + t, 0);
  const device: DeviceSummary = {
    startMs: timeMs(child(laps[0], '@_StartTime')),
    distanceM: sum(laps.map((lap) => num(child(lap, 'DistanceMeters')))),
    movingSec: sum(lapTimes),
    // Laps' heart rates weighted by their time: the average over the whole run.
    avgHr: hrTime > 0 ? timedHr.reduce((a, [hr, t]) => a + hr * t, 0) / hrTime : null,
  };
  return summarise(segments, device, timeZone);
}
