/** GPX (Garmin Connect, Strava and most apps): tracks of timed points; distance and moving time come from the track. */
import { summarise } from './track';
import { refuse, type ParseOutcome, type TrackPoint } from './types';
import { child, list, num, otherSport, readXml, text, timeMs } from './xml';

export function parseGpx(source: string, timeZone?: string): ParseOutcome {
  const read = readXml(source);
  if (!read.ok) return refuse(read.reason);
  const gpx = read.doc['gpx'];
  if (gpx === undefined) return refuse('it is not a GPX file (no <gpx> element)');
  const tracks = list(gpx, 'trk');
  if (tracks.length === 0) {
    return refuse(
      list(gpx, 'rte').length > 0
        ? 'it holds a planned route, not a recorded run (no track)'
        : 'it has no recorded track, so there is no run in it',
    );
  }
  const sport = otherSport(text(child(tracks[0], 'type')));
  if (sport) return refuse(`it is a ${sport} activity, not a run`);
  const segments: TrackPoint[][] = [];
  for (const trk of tracks) {
    for (const seg of list(trk, 'trkseg')) {
      const points: TrackPoint[] = [];
      for (const pt of list(seg, 'trkpt')) {
        const at = timeMs(child(pt, 'time'));
        if (at === null) continue;
        const ext = child(child(pt, 'extensions'), 'TrackPointExtension');
        points.push({
          timeMs: at,
          lat: num(child(pt, '@_lat')),
          lon: num(child(pt, '@_lon')),
          eleM: num(child(pt, 'ele')),
          hr: num(child(ext, 'hr')),
          distanceM: null,
        });
      }
      segments.push(points.sort((a, b) => a.timeMs - b.timeMs));
    }
  }
  return summarise(segments, {}, timeZone);
}
