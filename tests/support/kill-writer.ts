/**
 * Child process for the crash test: writes check-ins through the real handlers and store layer in
 * a loop, printing "ack <id>" only after each write has returned — until it is killed.
 * With "migrate", it says "ready", opens the data folder (moving a format-1 history to year files) and says "opened".
 */
import { startMainProcess } from './main-process';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: kill-writer <dataDir>');
if (process.argv[3] === 'migrate') process.stdout.write('ready\n');
const main = startMainProcess(dataDir);
if (process.argv[3] === 'migrate') {
  process.stdout.write('opened\n');
  process.exit(0);
}
const checkIn = {
  painNow: 3,
  painBefore: null,
  locations: ['lower-back'],
  kinds: ['ache'],
  redFlags: [],
  dayType: 'rest',
  crossTrainingKind: '',
  distanceKm: null,
  durationSec: null,
  note: 'x'.repeat(200),
  treatments: [],
  painkillerNote: '',
  spotPain: {},
  avgHeartRate: null,
  climbM: null,
};

for (;;) {
  const result = await main.invoke('sessions:save-check-in', { sessionId: null, checkIn });
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`ack ${(result.value as { id: string }).id}\n`);
}
