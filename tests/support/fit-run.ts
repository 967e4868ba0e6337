/**
 * A FIT activity made with Garmin's own encoder (@garmin/fitsdk), as a watch writes one: file id,
 * timer start, one record a second along a straight line north, a 2-minute pause (timer stopped),
 * then a lap, the session summary and the activity. The session's figures are the "device summary".
 */
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk';

export const FIT_RUN = {
  start: new Date('2026-11-24T07:15:00Z'),
  /** Seconds running before and after the pause. */
  firstPartSec: 900,
  pauseSec: 120,
  secondPartSec: 900,
  /** 3 m/s: 10.8 km/h, a 5:33 /km pace. */
  speed: 3,
  avgHr: 148,
  totalAscent: 37,
};

/** The profile types MesgNum as a plain record; these numbers are in every FIT profile. */
function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new Error(`FIT profile has no ${name} message`);
  return num;
}
const FILE_ID = mesgNum('FILE_ID');
const EVENT = mesgNum('EVENT');
const RECORD = mesgNum('RECORD');
const LAP = mesgNum('LAP');
const SESSION = mesgNum('SESSION');
const ACTIVITY = mesgNum('ACTIVITY');

const DEG_TO_SEMICIRCLES = 2 ** 31 / 180;
const METRES_PER_DEG_LAT = 111_195; // mean-radius metres in one degree of latitude

/** `session: false` leaves out the lap and session summaries; `recordDistance: false` leaves the records only their positions. */
export function encodeFitRun(run = FIT_RUN, options: { sport?: string; session?: boolean; recordDistance?: boolean } = {}): Uint8Array {
  const encoder = new Encoder();
  // Field names and string values as the Decoder returns them; the SDK types a message as its bare base.
  const send = (num: number, fields: Record<string, unknown>) => void encoder.onMesg(num, fields as Mesg);
  const at = (sec: number) => new Date(run.start.getTime() + sec * 1000);
  send(FILE_ID, { type: 'activity', manufacturer: 'development', product: 0, timeCreated: run.start, serialNumber: 1234 });
  send(EVENT, { timestamp: run.start, event: 'timer', eventType: 'start' });
  let distance = 0;
  const record = (sec: number) => {
    send(RECORD, {
      timestamp: at(sec),
      ...(options.recordDistance === false ? {} : { distance }),
      positionLat: Math.round((51.5 + distance / METRES_PER_DEG_LAT) * DEG_TO_SEMICIRCLES),
      positionLong: Math.round(-0.12 * DEG_TO_SEMICIRCLES),
      heartRate: run.avgHr,
      enhancedAltitude: 20,
    });
  };
  for (let s = 0; s <= run.firstPartSec; s++, distance += s <= run.firstPartSec ? run.speed : 0) record(s);
  distance = run.firstPartSec * run.speed;
  send(EVENT, { timestamp: at(run.firstPartSec), event: 'timer', eventType: 'stopAll' });
  const resume = run.firstPartSec + run.pauseSec;
  send(EVENT, { timestamp: at(resume), event: 'timer', eventType: 'start' });
  for (let s = 1; s <= run.secondPartSec; s++) {
    distance += run.speed;
    record(resume + s);
  }
  const end = at(resume + run.secondPartSec);
  const timer = run.firstPartSec + run.secondPartSec;
  const elapsed = timer + run.pauseSec;
  send(EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll' });
  const totals = {
    timestamp: end,
    startTime: run.start,
    totalElapsedTime: elapsed,
    totalTimerTime: timer,
    totalDistance: distance,
    avgHeartRate: run.avgHr,
    totalAscent: run.totalAscent,
  };
  if (options.session !== false) send(LAP, { messageIndex: 0, ...totals });
  if (options.session !== false)
    send(SESSION, { messageIndex: 0, ...totals, sport: options.sport ?? 'running', subSport: 'generic', firstLapIndex: 0, numLaps: 1 });
  send(ACTIVITY, { timestamp: end, numSessions: 1, totalTimerTime: timer, localTimestamp: Math.round(end.getTime() / 1000) - 631_065_600 });
  return encoder.close();
}
