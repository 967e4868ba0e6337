import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  distanceUnit: 'km',
  weekStartDay: 1,
  backPainType: null,
  getReadySec: 5,
  switchSidesSec: 5,
  cues: { tones: true, toneVolume: 0.7, voice: true, voiceVolume: 1, countIn: true, halfway: true },
  doorRoutineIds: { before: 'builtin-before', after: 'builtin-after' },
  playerFocus: false,
  // The article: run 3 to 4 times a week, with rest days between. Reminders wait for the runner to opt in.
  reminders: {
    on: false,
    days: [1, 3, 6],
    time: '07:00',
    leadMin: 10,
    afterRun: true,
    runLengthMin: null,
    eveningCheckIn: true,
    checkInTime: '20:00',
  },
  openAtLogin: false,
};
