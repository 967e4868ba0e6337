/**
 * FIT (Garmin and most watches), read with Garmin's own SDK. The session message is the device's
 * summary (timer time, distance, heart rate, ascent); the records are the track behind it.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import { summarise, type DeviceSummary } from './track';
import { refuse, type ParseOutcome, type TrackPoint } from './types';
import { otherSport } from './xml';

const SEMICIRCLE_TO_DEG = 180 / 2 ** 31;

function ms(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  return null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function parseFit(bytes: Uint8Array, timeZone?: string): ParseOutcome {
  const stream = Stream.fromByteArray(bytes);
  if (!Decoder.isFIT(stream)) return refuse('it is not a FIT file (its header does not say .FIT)');
  const decoder = new Decoder(stream);
  // A file cut short or damaged fails its size or checksum test: refuse it rather than import part of a run.
  if (!decoder.checkIntegrity()) return refuse('the file looks cut short or damaged: its size or checksum does not match');
  const { messages, errors } = decoder.read({ convertTypesToStrings: true, convertDateTimesToDates: true });
  if (errors.length > 0) return refuse(`the file is damaged: ${errors[0]!.message}`);
  const session = messages.sessionMesgs?.[0];
  const sport = otherSport(typeof session?.sport === 'string' ? session.sport : null);
  if (sport) return refuse(`it is a ${sport} activity, not a run`);

  const points: TrackPoint[] = [];
  for (const r of messages.recordMesgs ?? []) {
    const at = ms(r.timestamp);
    if (at === null) continue;
    const lat = finite(r.positionLat);
    const lon = finite(r.positionLong);
    points.push({
      timeMs: at,
      lat: lat === null ? null : lat * SEMICIRCLE_TO_DEG,
      lon: lon === null ? null : lon * SEMICIRCLE_TO_DEG,
      eleM: finite(r.enhancedAltitude) ?? finite(r.altitude),
      hr: finite(r.heartRate),
      distanceM: finite(r.distance),
    });
  }
  if (!session && points.length === 0) return refuse('it has no recorded activity (no session and no track), so there is no run in it');
  const device: DeviceSummary = session
    ? {
        startMs: ms(session.startTime),
        distanceM: finite(session.totalDistance),
        movingSec: finite(session.totalTimerTime),
        elapsedSec: finite(session.totalElapsedTime),
        avgHr: finite(session.avgHeartRate),
        elevationGainM: finite(session.totalAscent),
      }
    : {};
  return summarise([points], device, timeZone);
}
